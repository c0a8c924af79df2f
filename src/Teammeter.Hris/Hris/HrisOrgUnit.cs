namespace Teammeter.Hris;

/// <summary>A team or department as it appears on an employee record.</summary>
/// <param name="Id">The HR system's id of the unit; the key the sync matches on.</param>
/// <param name="Name">The unit's display name; may change over time (a rename, not a new unit).</param>
public sealed record HrisOrgUnit(string Id, string Name);
