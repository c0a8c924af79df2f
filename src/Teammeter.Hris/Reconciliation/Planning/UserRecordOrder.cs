namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// Picks one user when the host holds several users linked to the same employee id: active first, then a fixed
/// content order, so the pick never depends on list order.
/// </summary>
internal sealed class UserRecordOrder : IComparer<TeammeterUser>
{
    public static UserRecordOrder Instance { get; } = new();

    public int Compare(TeammeterUser? x, TeammeterUser? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var result = y.IsActive.CompareTo(x.IsActive);
        if (result == 0) { result = string.CompareOrdinal(x.Email, y.Email); }
        if (result == 0) { result = string.CompareOrdinal(x.FirstName, y.FirstName); }
        if (result == 0) { result = string.CompareOrdinal(x.LastName, y.LastName); }
        if (result == 0) { result = string.CompareOrdinal(x.TeamId, y.TeamId); }
        if (result == 0) { result = string.CompareOrdinal(x.SyncedRole, y.SyncedRole); }
        if (result == 0) { result = string.CompareOrdinal(x.ManagerId, y.ManagerId); }
        if (result == 0) { result = x.IsInvited.CompareTo(y.IsInvited); }
        return result;
    }
}
