namespace Teammeter.Hris;

/// <summary>
/// Set the user's synced role (replacing the role the sync assigned before), or remove it. Roles a coach
/// assigned by hand are never touched.
/// </summary>
/// <param name="EmployeeId">The user's HR id.</param>
/// <param name="Role">The role name, or <see langword="null"/> to remove the synced role.</param>
/// <param name="PreviousRole">The role the sync had assigned, if any.</param>
/// <param name="Reason">Why the operation is planned.</param>
public sealed record AssignRole(string EmployeeId, string? Role, string? PreviousRole, string Reason) : SyncOperation(Reason)
{
    /// <inheritdoc />
    public override SyncOperationKind Kind => SyncOperationKind.AssignRole;
}
