namespace Teammeter.Hris;

/// <summary>Send the user an invitation to Teammeter.</summary>
/// <param name="EmployeeId">The user's HR id.</param>
/// <param name="Email">Where the invitation goes.</param>
/// <param name="FirstName">First name, for the greeting.</param>
/// <param name="LastName">Last name.</param>
/// <param name="IdempotencyKey">Deterministic key (tenant + employee id) so a retried send can be de-duplicated.</param>
/// <param name="Reason">Why the operation is planned.</param>
public sealed record SendInvitation(string EmployeeId, string Email, string? FirstName, string? LastName, string IdempotencyKey, string Reason) : SyncOperation(Reason)
{
    /// <inheritdoc />
    public override SyncOperationKind Kind => SyncOperationKind.SendInvitation;
}
