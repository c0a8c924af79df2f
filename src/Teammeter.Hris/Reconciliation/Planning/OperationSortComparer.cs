namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// Orders <see cref="OperationSortKey"/>s: by the packed key, the id string where the prefixes are equal, and last
/// the position in the list, so operations equal in kind and id keep the order they were planned in.
/// </summary>
/// <param name="ids">Each operation's id, by its position.</param>
/// <param name="kindFirst">Whether the kind comes before the id in the keys.</param>
internal readonly struct OperationSortComparer(string[] ids, bool kindFirst) : IComparer<OperationSortKey>
{
    // Id first: the kind in the low bits must wait until the strings have been compared.
    private readonly ulong _beforeId = kindFirst ? ulong.MaxValue : ~OperationSortKey.KindAfterId;

    public int Compare(OperationSortKey x, OperationSortKey y)
    {
        if ((x.Key & _beforeId) != (y.Key & _beforeId))
        {
            return (x.Key & _beforeId) < (y.Key & _beforeId) ? -1 : 1;
        }

        // The same employee's operations share its id string, so this usually returns at the reference check.
        var byId = string.CompareOrdinal(ids[x.Index], ids[y.Index]);
        if (byId != 0)
        {
            return byId;
        }

        return x.Key != y.Key ? (x.Key < y.Key ? -1 : 1) : x.Index.CompareTo(y.Index);
    }
}
