namespace Teammeter.Hris.Review;

/// <summary>The JSON document in <see cref="StoredPlan.Content"/>: everything a review needs, owned by the package.</summary>
internal sealed record PlanDocument
{
    /// <summary>Bumped when the document changes shape, so an old row can be told apart.</summary>
    public int Version { get; init; } = 1;

    public SyncRunKind Kind { get; init; }

    public bool IsInitialSync { get; init; }

    public HrisFields MissingFields { get; init; }

    /// <summary>How many operations the plan has; <see cref="Operations"/> may keep fewer (<see cref="PlanRecords.MaxStoredOperations"/>).</summary>
    public int OperationCount { get; init; }

    public required List<OperationDto> Operations { get; init; }

    public required List<OperationDto> Held { get; init; }

    public required List<WarningDto> Warnings { get; init; }
}
