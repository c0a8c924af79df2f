namespace Teammeter.Hris;

/// <summary>Create a role for a position title that no existing role matches (case-insensitively, after normalisation).</summary>
/// <param name="Role">The normalised role name.</param>
/// <param name="Reason">Why the operation is planned.</param>
public sealed record CreateRole(string Role, string Reason) : SyncOperation(Reason)
{
    /// <inheritdoc />
    public override SyncOperationKind Kind => SyncOperationKind.CreateRole;
}
