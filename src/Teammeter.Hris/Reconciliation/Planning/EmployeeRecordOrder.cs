namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// Orders employee records by id, and records sharing an id so that the one to keep comes first: the latest
/// <see cref="HrisEmployee.UpdatedAt"/>, then a fixed content order. Never input order, so a reshuffled
/// snapshot picks the same record.
/// </summary>
internal sealed class EmployeeRecordOrder : IComparer<HrisEmployee>
{
    public static EmployeeRecordOrder Instance { get; } = new();

    public int Compare(HrisEmployee? x, HrisEmployee? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var result = string.CompareOrdinal(x.EmployeeId, y.EmployeeId);
        return result != 0 ? result : CompareDuplicates(x, y);
    }

    private static int CompareDuplicates(HrisEmployee x, HrisEmployee y)
    {
        // Latest update first; a record without a timestamp loses.
        var result = Nullable.Compare(y.UpdatedAt, x.UpdatedAt);
        if (result != 0)
        {
            return result;
        }

        result = string.CompareOrdinal(x.Email, y.Email);
        if (result == 0) { result = string.CompareOrdinal(x.FirstName, y.FirstName); }
        if (result == 0) { result = string.CompareOrdinal(x.LastName, y.LastName); }
        if (result == 0) { result = Nullable.Compare(x.Status, y.Status); }
        if (result == 0) { result = Nullable.Compare(x.StartDate, y.StartDate); }
        if (result == 0) { result = Nullable.Compare(x.EndDate, y.EndDate); }
        if (result == 0) { result = string.CompareOrdinal(x.Title, y.Title); }
        if (result == 0) { result = string.CompareOrdinal(x.Team?.Id, y.Team?.Id); }
        if (result == 0) { result = string.CompareOrdinal(x.Team?.Name, y.Team?.Name); }
        if (result == 0) { result = string.CompareOrdinal(x.Department?.Id, y.Department?.Id); }
        if (result == 0) { result = string.CompareOrdinal(x.Department?.Name, y.Department?.Name); }
        if (result == 0) { result = string.CompareOrdinal(x.ManagerId, y.ManagerId); }
        if (result == 0) { result = string.CompareOrdinal(x.EmployeeNumber, y.EmployeeNumber); }
        if (result == 0) { result = Nullable.Compare(x.CreatedAt, y.CreatedAt); }
        return result;
    }
}
