namespace Teammeter.Hris;

/// <summary>Make a user a member of the team HR says (replacing the team the sync assigned before), or remove the synced membership.</summary>
/// <param name="EmployeeId">The user's HR id.</param>
/// <param name="TeamId">The HR id of the team, or <see langword="null"/> to remove the synced membership.</param>
/// <param name="PreviousTeamId">The team the sync had assigned, if any.</param>
/// <param name="Reason">Why the operation is planned.</param>
public sealed record AssignTeam(string EmployeeId, string? TeamId, string? PreviousTeamId, string Reason) : SyncOperation(Reason)
{
    /// <inheritdoc />
    public override SyncOperationKind Kind => SyncOperationKind.AssignTeam;
}
