using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Teammeter.Hris.Apideck;

/// <summary>
/// One read's strings for values many records repeat (titles, team and department ids and names, managers' ids,
/// email types), found by their UTF-8 bytes before a string is made: a repeat costs a hash and a compare, not a
/// string that dies young.
/// </summary>
/// <remarks>
/// Under the workstation collector a snapshot read costs its pages' time plus the collections its allocations set
/// off while the employees read so far are alive (docs/performance.md §5): fewer short-lived strings, fewer of those.
/// Equal bytes are ordinally equal strings, so nothing is normalised. Escaped values (a writer may escape every
/// non-ASCII letter) and values too long to be a label are read into a string first and shared by that string: every
/// repeated value of a read goes through this one table, so the mapper shares nothing again.
/// </remarks>
internal sealed class ApideckRepeatedStrings
{
    // Titles, unit names and ids are short; a long value is rarely repeated and not worth keeping a copy of.
    private const int MaxBytes = 128;

    private Entry[] _entries = new Entry[256];
    private int _count;
    private readonly Dictionary<string, string> _byString = new(StringComparer.Ordinal);

    /// <summary>The string of the reader's current <see cref="JsonTokenType.String"/> value, shared with earlier equal ones.</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxBytes)
        {
            return Share(reader.GetString()!);
        }

        var bytes = reader.ValueSpan;
        var hash = Hash(bytes);
        var mask = _entries.Length - 1;
        var index = hash & mask;
        while (_entries[index].Utf8 is { } utf8)
        {
            if (_entries[index].Hash == hash && bytes.SequenceEqual(utf8))
            {
                return _entries[index].Value!;
            }

            index = (index + 1) & mask;
        }

        // GetString validates the UTF-8 as always; a later equal value is the same bytes, already validated.
        var value = reader.GetString()!;
        _entries[index] = new Entry(hash, bytes.ToArray(), value);
        if (++_count * 2 > _entries.Length)
        {
            Grow();
        }

        return value;
    }

    /// <summary>The first ordinally equal copy of a value already read into a string.</summary>
    [return: NotNullIfNotNull(nameof(value))]
    public string? Share(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (_byString.TryGetValue(value, out var shared))
        {
            return shared;
        }

        _byString.Add(value, value);
        return value;
    }

    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = default(HashCode);
        hash.AddBytes(bytes);
        return hash.ToHashCode();
    }

    private void Grow()
    {
        var old = _entries;
        _entries = new Entry[old.Length * 2];
        var mask = _entries.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Utf8 is null)
            {
                continue;
            }

            var index = entry.Hash & mask;
            while (_entries[index].Utf8 is not null)
            {
                index = (index + 1) & mask;
            }

            _entries[index] = entry;
        }
    }

    private readonly record struct Entry(int Hash, byte[]? Utf8, string? Value);
}
