namespace Teammeter.Hris;

/// <summary>Something the tenant's admin must look at. Sent once per tenant and cause, not again for the same situation.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="Cause">Why.</param>
/// <param name="Summary">A plain-language summary for the admin (ids and counts, no names or emails).</param>
/// <param name="PlanId">The plan to review, when the cause is held operations.</param>
/// <param name="HeldOperations">How many operations wait for approval.</param>
public sealed record AdminNotification(string TenantId, AdminNotificationCause Cause, string Summary, string? PlanId = null, int HeldOperations = 0);
