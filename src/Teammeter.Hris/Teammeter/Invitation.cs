namespace Teammeter.Hris;

/// <summary>One invitation to send.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="EmployeeId">The invited user's HR id.</param>
/// <param name="Email">Where the invitation goes.</param>
/// <param name="FirstName">First name, for the greeting.</param>
/// <param name="LastName">Last name.</param>
/// <param name="IdempotencyKey">Deterministic per tenant and employee: a retried send carries the same key, so the sender can de-duplicate.</param>
public sealed record Invitation(string TenantId, string EmployeeId, string Email, string? FirstName, string? LastName, string IdempotencyKey);
