namespace Teammeter.Hris.Reconciliation;

/// <summary>The stable order of warnings: by code, then employee id, then related ids, then message (all ordinal).</summary>
internal sealed class WarningOrder : IComparer<SyncWarning>
{
    public static WarningOrder Instance { get; } = new();

    public int Compare(SyncWarning? x, SyncWarning? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var result = x.Code.CompareTo(y.Code);
        if (result == 0)
        {
            result = string.CompareOrdinal(x.EmployeeId, y.EmployeeId);
        }

        for (var i = 0; result == 0 && i < Math.Min(x.RelatedIds.Count, y.RelatedIds.Count); i++)
        {
            result = string.CompareOrdinal(x.RelatedIds[i], y.RelatedIds[i]);
        }

        if (result == 0)
        {
            result = x.RelatedIds.Count.CompareTo(y.RelatedIds.Count);
        }

        return result != 0 ? result : string.CompareOrdinal(x.Message, y.Message);
    }
}
