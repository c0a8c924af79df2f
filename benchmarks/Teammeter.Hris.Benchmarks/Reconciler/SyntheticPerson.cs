namespace Teammeter.Hris.Benchmarks.Reconciler;

/// <summary>
/// One person of a generated organisation, as plain numbers. Both sides of a benchmark (the HR snapshot and the
/// Teammeter state) are rendered from it separately, so they share no string instances, as in production where
/// one side comes from JSON and the other from a database.
/// </summary>
internal sealed record SyntheticPerson
{
    public required int Number { get; init; }

    public required int FirstName { get; init; }

    public required int LastName { get; init; }

    public required int Team { get; init; }

    public required int Role { get; init; }

    /// <summary>The manager's <see cref="Number"/>, or -1 for the root of the tree.</summary>
    public required int Manager { get; init; }

    public required DateOnly StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public HrisEmploymentStatus Status { get; init; } = HrisEmploymentStatus.Active;

    /// <summary>Whether the person leads a team (or a department, or the company): never picked for churn.</summary>
    public bool IsLead { get; init; }
}
