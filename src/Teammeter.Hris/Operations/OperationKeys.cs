namespace Teammeter.Hris.Operations;

/// <summary>
/// The key of an operation within a tenant: its kind and what it is about. A plan holds at most one operation per
/// key, so a person's decision can name it, and a later plan's operation with the same key is "the same proposal".
/// </summary>
internal static class OperationKeys
{
    public static string Of(SyncOperation operation) => operation is CreateRole role
        ? Key(operation, role.Role.ToUpperInvariant())
        : Key(operation, SubjectOf(operation));

    /// <summary>
    /// The id the operation is about, as the plan holds it: the team's id, the position (as spelled, though
    /// <see cref="Of"/> upper-cases it), or the HR employee id. The plan's order sorts by it.
    /// </summary>
    public static string SubjectOf(SyncOperation operation) => operation switch
    {
        CreateTeam o => o.TeamId,
        RenameTeam o => o.TeamId,
        CreateRole o => o.Role,
        _ => EmployeeOf(operation)!,
    };

    /// <summary>The HR employee id the operation is about, or <see langword="null"/> for team and role operations.</summary>
    public static string? EmployeeOf(SyncOperation operation) => operation switch
    {
        CreateUser o => o.EmployeeId,
        UpdateUser o => o.EmployeeId,
        ReactivateUser o => o.EmployeeId,
        DeactivateUser o => o.EmployeeId,
        AssignTeam o => o.EmployeeId,
        AssignRole o => o.EmployeeId,
        SetManager o => o.EmployeeId,
        ClearManager o => o.EmployeeId,
        SendInvitation o => o.EmployeeId,
        _ => null,
    };

    private static string Key(SyncOperation operation, string subject) => $"{operation.Kind}:{subject}";
}
