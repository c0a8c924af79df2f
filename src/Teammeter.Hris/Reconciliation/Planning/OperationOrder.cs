namespace Teammeter.Hris.Reconciliation;

/// <summary>The stable order of operations within an apply group: by the id they concern (ordinal), then by kind.</summary>
internal static class OperationOrder
{
    public static Comparison<SyncOperation> IdFirst { get; } = static (x, y) =>
    {
        var byId = string.CompareOrdinal(KeyOf(x), KeyOf(y));
        return byId != 0 ? byId : x.Kind.CompareTo(y.Kind);
    };

    /// <summary>Teams before roles in the first group; held operations grouped by kind.</summary>
    public static Comparison<SyncOperation> KindFirst { get; } = static (x, y) =>
    {
        var byKind = x.Kind.CompareTo(y.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(KeyOf(x), KeyOf(y));
    };

    private static string KeyOf(SyncOperation operation) => operation switch
    {
        CreateTeam o => o.TeamId,
        RenameTeam o => o.TeamId,
        CreateRole o => o.Role,
        CreateUser o => o.EmployeeId,
        UpdateUser o => o.EmployeeId,
        ReactivateUser o => o.EmployeeId,
        AssignTeam o => o.EmployeeId,
        AssignRole o => o.EmployeeId,
        SetManager o => o.EmployeeId,
        ClearManager o => o.EmployeeId,
        DeactivateUser o => o.EmployeeId,
        SendInvitation o => o.EmployeeId,
        _ => string.Empty,
    };
}
