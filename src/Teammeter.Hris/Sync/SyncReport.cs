namespace Teammeter.Hris;

/// <summary>What a run of the sync engine planned and did. Holds ids and counts, never personal data in its text.</summary>
public sealed class SyncReport
{
    internal SyncReport(
        string tenantId,
        SyncRunKind kind,
        bool isInitialSync,
        ChangeSet plan,
        DateTimeOffset snapshotReadAt,
        int appliedOperations,
        int invitationsSent,
        TimeSpan duration,
        HrisFields missingFields,
        string planId,
        SyncTrigger trigger,
        Reconciliation.Explainer? explainer)
    {
        TenantId = tenantId;
        Kind = kind;
        IsInitialSync = isInitialSync;
        Plan = plan;
        SnapshotReadAt = snapshotReadAt;
        AppliedOperations = appliedOperations;
        InvitationsSent = invitationsSent;
        Duration = duration;
        MissingFields = missingFields;
        PlanId = planId;
        Trigger = trigger;
        _explainer = explainer;
    }

    private readonly Reconciliation.Explainer? _explainer;

    /// <summary>The plan's id: what an approval or a rejection names (<see cref="IPersonioSync.ApproveAsync"/>).</summary>
    public string PlanId { get; }

    /// <summary>Who or what started the run.</summary>
    public SyncTrigger Trigger { get; }

    /// <summary>The tenant.</summary>
    public string TenantId { get; }

    /// <summary>What kind of run this was.</summary>
    public SyncRunKind Kind { get; }

    /// <summary>Whether this was the tenant's initial sync (invitations are held until the review is approved).</summary>
    public bool IsInitialSync { get; }

    /// <summary>The plan: operations, held operations and warnings.</summary>
    public ChangeSet Plan { get; }

    /// <summary>When the HR snapshot the plan is based on was read.</summary>
    public DateTimeOffset SnapshotReadAt { get; }

    /// <summary>How many of <see cref="ChangeSet.Operations"/> were applied (all of them when the run succeeded).</summary>
    public int AppliedOperations { get; }

    /// <summary>How many invitations were sent in this run.</summary>
    public int InvitationsSent { get; }

    /// <summary>How long the run took.</summary>
    public TimeSpan Duration { get; }

    /// <summary>Whether the run wrote anything to the sink.</summary>
    public bool Written => AppliedOperations > 0;

    /// <summary>Planned operations by kind.</summary>
    public IReadOnlyDictionary<SyncOperationKind, int> Counts => Plan.CountByKind();

    /// <summary>Operations the safety guards held for approval.</summary>
    public IReadOnlyList<SyncOperation> Held => Plan.Held;

    /// <summary>People the tenant's scope left out, by reason (<see cref="ChangeSet.ExcludedCounts"/>).</summary>
    public IReadOnlyDictionary<ScopeExclusion, int> ExcludedCounts => Plan.ExcludedCounts;

    /// <summary>Warnings of the plan.</summary>
    public IReadOnlyList<SyncWarning> Warnings => Plan.Warnings;

    /// <summary>
    /// Attributes the sync needs that the HR source did not deliver (the credential lacks them, for example Personio's
    /// Email or Hire date); <see cref="HrisFields.None"/> when all were delivered. Name them to the customer's admin.
    /// </summary>
    public HrisFields MissingFields { get; }

    /// <summary>A short explanation of an operation built from the HR facts behind it, for a person.</summary>
    /// <param name="operation">An operation of <see cref="Plan"/>.</param>
    /// <returns>The explanation; names and emails never appear in it.</returns>
    public string Explain(SyncOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return _explainer?.Explain(operation) ?? operation.Reason;
    }
}
