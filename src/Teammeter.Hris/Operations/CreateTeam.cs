namespace Teammeter.Hris;

/// <summary>Create a team for an HR team (or department) that Teammeter does not have yet.</summary>
/// <param name="TeamId">The HR id of the team.</param>
/// <param name="Name">The team's name.</param>
/// <param name="Reason">Why the operation is planned.</param>
public sealed record CreateTeam(string TeamId, string Name, string Reason) : SyncOperation(Reason)
{
    /// <inheritdoc />
    public override SyncOperationKind Kind => SyncOperationKind.CreateTeam;
}
