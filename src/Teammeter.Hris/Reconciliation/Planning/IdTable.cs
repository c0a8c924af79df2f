using System.Numerics;
using System.Security.Cryptography;

namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// HR ids to record indexes (ordinal), for lookups a plan makes in an order unrelated to the records': each
/// employee's user, in the snapshot's order. An id of up to 8 ASCII characters (Personio's are numbers) is packed
/// into its entry, so a lookup reads a bucket and an entry of this table and never the id string of the record it
/// finds. A <see cref="Dictionary{TKey, TValue}"/> with string keys reads that string too: a cache miss in the
/// other side's records when the two sides come in unrelated orders, about three quarters of
/// <see cref="Lifecycle"/>'s pass at 100,000 employees. Longer ids are compared as strings, after their hash and length.
/// </summary>
/// <remarks>
/// Laid out like the framework's dictionary (buckets, then entries in the order added, chained), sized once for the
/// number of records: ids never exceed it. The hash is seeded per process, so a tenant's HR data cannot be made to
/// collide on purpose.
/// </remarks>
internal sealed class IdTable
{
    private const int MaxPacked = 8;

    /// <summary>Set in the key of an id too long (or not ASCII) to pack: its key is a hash, and the string decides.</summary>
    private const ulong Hashed = 1UL << 63;

    // Odd 64-bit constants (from xxHash64): multiplying by them spreads every input bit over the high half.
    private const ulong Prime1 = 0x9E37_79B1_85EB_CA87;
    private const ulong Prime2 = 0xC2B2_AE3D_27D4_EB4F;

    private static readonly ulong Seed = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));

    /// <summary>Per hash bucket, one more than the index of its last entry (0: empty).</summary>
    private readonly int[] _buckets;
    private readonly Entry[] _entries;
    private readonly string[] _ids;
    private readonly int _mask;

    /// <summary>Creates a table for up to <paramref name="capacity"/> ids.</summary>
    public IdTable(int capacity)
    {
        capacity = Math.Max(1, capacity);
        _buckets = new int[BitOperations.RoundUpToPowerOf2((uint)capacity)];
        _entries = new Entry[capacity];
        _ids = new string[capacity];
        _mask = _buckets.Length - 1;
    }

    public int Count { get; private set; }

    /// <summary>The id's index, added as 0 (with <paramref name="exists"/> false) when it is new.</summary>
    /// <exception cref="InvalidOperationException">More ids than the capacity given.</exception>
    public ref int GetValueRefOrAddDefault(string id, out bool exists)
    {
        var key = KeyOf(id);
        var bucket = Bucket(key);
        var at = Find(id, key, _buckets[bucket]);
        exists = at >= 0;
        if (exists)
        {
            return ref _entries[at].Value;
        }

        if (Count == _entries.Length)
        {
            throw new InvalidOperationException($"The id table was sized for {_entries.Length} ids.");
        }

        at = Count++;
        _entries[at] = new Entry { Key = key, Next = _buckets[bucket] };
        _ids[at] = id;
        _buckets[bucket] = at + 1;
        return ref _entries[at].Value;
    }

    public bool TryGetValue(string id, out int value)
    {
        var key = KeyOf(id);
        var at = Find(id, key, _buckets[Bucket(key)]);
        value = at >= 0 ? _entries[at].Value : 0;
        return at >= 0;
    }

    public int this[string id] => TryGetValue(id, out var value) ? value : throw new KeyNotFoundException("The id is not in the table.");

    /// <summary>Every id and its index, in the order the ids were added.</summary>
    public IEnumerable<KeyValuePair<string, int>> Entries()
    {
        for (var n = 0; n < Count; n++)
        {
            yield return new KeyValuePair<string, int>(_ids[n], _entries[n].Value);
        }
    }

    /// <summary>
    /// Up to 8 ASCII characters, 7 bits each, and the length above them: equal keys are equal ids. Anything else is
    /// a hash with <see cref="Hashed"/> set, which only narrows the string comparison down.
    /// </summary>
    private static ulong KeyOf(string id)
    {
        if (id.Length <= MaxPacked)
        {
            var packed = (ulong)id.Length << 56;
            var ascii = true;
            for (var i = 0; i < id.Length; i++)
            {
                ascii &= id[i] < 0x80;
                packed |= (ulong)id[i] << (7 * i);
            }

            if (ascii)
            {
                return packed;
            }
        }

        return Hashed | ((ulong)(uint)id.GetHashCode(StringComparison.Ordinal) << 32) | (uint)id.Length;
    }

    private int Bucket(ulong key)
    {
        var hash = (key ^ Seed) * Prime1;
        hash = (hash ^ (hash >> 29)) * Prime2;
        return (int)(hash ^ (hash >> 32)) & _mask;
    }

    /// <summary>The entry holding <paramref name="id"/> in the chain that starts at <paramref name="head"/>, or -1.</summary>
    private int Find(string id, ulong key, int head)
    {
        for (var at = head - 1; at >= 0; at = _entries[at].Next - 1)
        {
            if (_entries[at].Key == key && ((key & Hashed) == 0 || string.Equals(_ids[at], id, StringComparison.Ordinal)))
            {
                return at;
            }
        }

        return -1;
    }

    private struct Entry
    {
        public ulong Key;

        public int Value;

        /// <summary>One more than the index of the next entry in the bucket's chain (0: the last).</summary>
        public int Next;
    }
}
