namespace Teammeter.Hris;

/// <summary>Deactivate a user (never delete).</summary>
/// <param name="EmployeeId">The user's HR id.</param>
/// <param name="Reason">Why the operation is planned, for example <c>Terminated</c> or <c>MissingFromSnapshot</c>.</param>
public sealed record DeactivateUser(string EmployeeId, string Reason) : SyncOperation(Reason)
{
    /// <inheritdoc />
    public override SyncOperationKind Kind => SyncOperationKind.DeactivateUser;
}
