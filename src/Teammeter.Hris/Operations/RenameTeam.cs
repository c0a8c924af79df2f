namespace Teammeter.Hris;

/// <summary>Rename an existing team whose HR name changed (same HR id: a rename, not a new team).</summary>
/// <param name="TeamId">The HR id of the team.</param>
/// <param name="OldName">The name Teammeter has.</param>
/// <param name="NewName">The name HR has.</param>
/// <param name="Reason">Why the operation is planned.</param>
public sealed record RenameTeam(string TeamId, string OldName, string NewName, string Reason) : SyncOperation(Reason)
{
    /// <inheritdoc />
    public override SyncOperationKind Kind => SyncOperationKind.RenameTeam;
}
