namespace Teammeter.Hris.Operations;

/// <summary>
/// The key of an operation within a tenant: its kind and what it is about. A plan holds at most one operation per
/// key, so a person's decision can name it, and a later plan's operation with the same key is "the same proposal".
/// </summary>
internal static class OperationKeys
{
    public static string Of(SyncOperation operation) => operation switch
    {
        CreateTeam o => Key(operation, o.TeamId),
        RenameTeam o => Key(operation, o.TeamId),
        CreateRole o => Key(operation, o.Role.ToUpperInvariant()),
        _ => Key(operation, EmployeeOf(operation)!),
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
