namespace Teammeter.Hris;

/// <summary>
/// A plan as the <see cref="ISyncStore"/> keeps it: a few columns to find it by, and <see cref="Content"/>, a JSON
/// document the package writes and reads (operations, held operations with their decisions, warnings, the why).
/// The host stores <see cref="Content"/> as it is and never needs to read it.
/// </summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="PlanId">The plan's id.</param>
/// <param name="CreatedAt">When the plan was made.</param>
/// <param name="Fingerprint">A hash of the plan's operations and held operations: equal plans have equal fingerprints.</param>
/// <param name="Content">The plan as JSON, owned by the package.</param>
public sealed record StoredPlan(string TenantId, string PlanId, DateTimeOffset CreatedAt, string Fingerprint, string Content);
