namespace Teammeter.Hris;

/// <summary>
/// A plan as a person reviews it: what the sync applied (or would apply), what it held for approval and where each
/// held operation stands, and the warnings, each with its explanation.
/// </summary>
public sealed record ReviewPlan
{
    /// <summary>The tenant.</summary>
    public required string TenantId { get; init; }

    /// <summary>The plan's id: what an approval or rejection names.</summary>
    public required string PlanId { get; init; }

    /// <summary>When the plan was made.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>A hash of the operations and held operations: equal plans have equal fingerprints.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>The run that made the plan.</summary>
    public required SyncRunKind Kind { get; init; }

    /// <summary>Whether the plan is the tenant's initial sync (invitations wait for the review).</summary>
    public bool IsInitialSync { get; init; }

    /// <summary>Attributes the HR source did not deliver.</summary>
    public HrisFields MissingFields { get; init; }

    /// <summary>
    /// How many operations the run applied (or would apply). <see cref="Operations"/> lists at most the first 25,000
    /// (an initial sync of a very large organisation); held operations and warnings are always listed whole.
    /// </summary>
    public int OperationCount { get; init; }

    /// <summary>Operations the run applied (or, for a plan-only run, would apply).</summary>
    public required IReadOnlyList<ReviewOperation> Operations { get; init; }

    /// <summary>Operations held for a person's decision, with where each stands.</summary>
    public required IReadOnlyList<ReviewOperation> Held { get; init; }

    /// <summary>Warnings, each with its explanation.</summary>
    public required IReadOnlyList<ReviewWarning> Warnings { get; init; }
}
