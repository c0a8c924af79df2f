namespace Teammeter.Hris.Sample.Output;

/// <summary>The ids an operation names, for output and for matching <c>--only</c>.</summary>
internal static class OperationIds
{
    public static (string? Employee, string? Team, string? Manager, string? Role) Of(SyncOperation operation) => operation switch
    {
        CreateTeam o => (null, o.TeamId, null, null),
        RenameTeam o => (null, o.TeamId, null, null),
        CreateRole o => (null, null, null, o.Role),
        CreateUser o => (o.EmployeeId, null, null, null),
        UpdateUser o => (o.EmployeeId, null, null, null),
        AssignTeam o => (o.EmployeeId, o.TeamId, null, null),
        AssignRole o => (o.EmployeeId, null, null, o.Role),
        SetManager o => (o.EmployeeId, null, o.ManagerId, null),
        ClearManager o => (o.EmployeeId, null, o.PreviousManagerId, null),
        DeactivateUser o => (o.EmployeeId, null, null, null),
        ReactivateUser o => (o.EmployeeId, null, null, null),
        SendInvitation o => (o.EmployeeId, null, null, null),
        _ => (null, null, null, null),
    };

    /// <summary>The HR employee id the operation is about; <see langword="null"/> for team and role operations.</summary>
    public static string? EmployeeOf(SyncOperation operation) => Of(operation).Employee;
}
