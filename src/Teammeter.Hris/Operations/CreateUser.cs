namespace Teammeter.Hris;

/// <summary>Create a user for an employee. The user starts without access; invitations are separate operations.</summary>
/// <param name="EmployeeId">The HR id the new user is keyed by.</param>
/// <param name="FirstName">First name.</param>
/// <param name="LastName">Last name.</param>
/// <param name="Email">Email, or <see langword="null"/> when HR has none (a coach may add one later).</param>
/// <param name="Reason">Why the operation is planned.</param>
public sealed record CreateUser(string EmployeeId, string? FirstName, string? LastName, string? Email, string Reason) : SyncOperation(Reason)
{
    /// <inheritdoc />
    public override SyncOperationKind Kind => SyncOperationKind.CreateUser;
}
