using System.Numerics;

namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// A cheap first sieve for duplicates among many keys: two bit arrays indexed by the low bits of each key's hash
/// code ("seen", "seen again"). A key whose bit was never seen again is certainly unique; the few others (real
/// duplicates and bit collisions, about 5 %) go to an exact check. Kept to 16 bits per key, so the arrays stay in
/// cache where a dictionary over all keys would not.
/// </summary>
internal sealed class RepeatedHashes
{
    private readonly ulong[] _seen;
    private readonly ulong[] _seenAgain;
    private readonly int _mask;

    public RepeatedHashes(int keys)
    {
        var bits = (int)Math.Min(1 << 30, Math.Max(64, BitOperations.RoundUpToPowerOf2((uint)keys * 16)));
        _seen = new ulong[bits / 64];
        _seenAgain = new ulong[bits / 64];
        _mask = bits - 1;
    }

    public void Add(int hash)
    {
        var bit = hash & _mask;
        ref var word = ref _seen[bit >> 6];
        var flag = 1UL << bit;
        if ((word & flag) != 0)
        {
            _seenAgain[bit >> 6] |= flag;
        }

        word |= flag;
    }

    /// <summary>Whether a key with this hash may occur more than once (<see langword="false"/> means it certainly does not).</summary>
    public bool MayRepeat(int hash)
    {
        var bit = hash & _mask;
        return (_seenAgain[bit >> 6] & (1UL << bit)) != 0;
    }
}
