namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// What <see cref="OperationOrder"/> sorts an operation by, computed once and packed into 16 bytes: a large plan is
/// sorted with a few million comparisons, and computing the id each time (a type test per kind) and reading its string
/// was most of <see cref="PlanBuffer.Build"/> for an initial sync.
/// </summary>
/// <remarks>
/// <see cref="Key"/> holds the kind and the id's first 8 characters, 7 bits each, first character highest: comparing
/// two prefixes orders ids as an ordinal string comparison would, or finds them equal. A character from DEL (0x7F)
/// up becomes 0x7F, equal to any other such and above the rest, and ends the prefix (what follows it cannot be
/// ordered); a shorter id is padded with 0, below every character but NUL. Equal prefixes go on to the strings
/// (<see cref="OperationSortComparer"/>).
/// </remarks>
internal readonly record struct OperationSortKey(ulong Key, int Index)
{
    private const int PrefixLength = 8;
    private const int KindBits = 8;

    /// <summary>The bits of <see cref="Key"/> that hold the kind when it comes after the id.</summary>
    public const ulong KindAfterId = (1UL << KindBits) - 1;

    /// <summary>Kind, then id (<paramref name="kindFirst"/>), or id, then kind.</summary>
    public static OperationSortKey Of(string id, SyncOperationKind kind, bool kindFirst, int index)
    {
        var prefix = Prefix(id);
        var key = kindFirst ? (ulong)kind << (64 - KindBits) | prefix : prefix << KindBits | (ulong)kind;
        return new OperationSortKey(key, index);
    }

    /// <summary>56 bits, ordered as the ids are (ordinal), or equal; see the remarks.</summary>
    internal static ulong Prefix(string id)
    {
        ulong prefix = 0;
        for (var i = 0; i < Math.Min(id.Length, PrefixLength); i++)
        {
            var c = Math.Min(id[i], (char)0x7F);
            prefix |= (ulong)c << (7 * (PrefixLength - 1 - i));
            if (c == 0x7F)
            {
                // The character is not known exactly, so nothing after it may count: "中" is above "éé".
                break;
            }
        }

        return prefix;
    }
}
