namespace Teammeter.Hris;

/// <summary>Set the user's reporting line to a manager.</summary>
/// <param name="EmployeeId">The user's HR id.</param>
/// <param name="ManagerId">The manager's HR id.</param>
/// <param name="PreviousManagerId">The manager Teammeter had, if any.</param>
/// <param name="Reason">Why the operation is planned.</param>
public sealed record SetManager(string EmployeeId, string ManagerId, string? PreviousManagerId, string Reason) : SyncOperation(Reason)
{
    /// <inheritdoc />
    public override SyncOperationKind Kind => SyncOperationKind.SetManager;
}
