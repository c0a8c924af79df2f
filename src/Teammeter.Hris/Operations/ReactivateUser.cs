namespace Teammeter.Hris;

/// <summary>Reactivate a deactivated user who is active in HR again (a rehire).</summary>
/// <param name="EmployeeId">The user's HR id.</param>
/// <param name="Reason">Why the operation is planned.</param>
public sealed record ReactivateUser(string EmployeeId, string Reason) : SyncOperation(Reason)
{
    /// <inheritdoc />
    public override SyncOperationKind Kind => SyncOperationKind.ReactivateUser;
}
