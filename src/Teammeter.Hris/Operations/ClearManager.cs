namespace Teammeter.Hris;

/// <summary>Remove the user's reporting line.</summary>
/// <param name="EmployeeId">The user's HR id.</param>
/// <param name="PreviousManagerId">The manager Teammeter had.</param>
/// <param name="Reason">Why the operation is planned.</param>
public sealed record ClearManager(string EmployeeId, string PreviousManagerId, string Reason) : SyncOperation(Reason)
{
    /// <inheritdoc />
    public override SyncOperationKind Kind => SyncOperationKind.ClearManager;
}
