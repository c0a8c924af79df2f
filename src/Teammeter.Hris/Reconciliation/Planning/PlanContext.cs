namespace Teammeter.Hris.Reconciliation;

/// <summary>Everything one planning run shares between its steps.</summary>
internal sealed class PlanContext
{
    public PlanContext(HrisSnapshot snapshot, TeammeterState state, ReconcilePolicy policy, DateOnly today)
    {
        Snapshot = snapshot;
        State = state;
        Policy = policy;
        Today = today;
    }

    public HrisSnapshot Snapshot { get; }

    public TeammeterState State { get; }

    public ReconcilePolicy Policy { get; }

    public DateOnly Today { get; }

    public PlanBuffer Plan { get; } = new();

    public EmployeeIndex Employees { get; set; } = null!;

    public UserIndex Users { get; set; } = null!;

    /// <summary>Per employee (same index as <see cref="EmployeeIndex.Records"/>): what the run decided.</summary>
    public EmployeeSlot[] Slots { get; set; } = [];

    /// <summary>Per user (same index as <see cref="TeammeterState.Users"/>): whether a deactivation will be applied.</summary>
    public bool[] Deactivating { get; set; } = [];

    /// <summary>
    /// Set by <see cref="TeamPlanner"/> when teams are synced: the HR unit ids an active employee belongs to once the
    /// plan is applied. <see cref="EmptyTeams"/> starts from it rather than normalising every unit id again.
    /// </summary>
    public HashSet<string>? OccupiedUnits { get; set; }

    /// <summary>The tenant's scope compiled for this run, or <see langword="null"/> when everyone is synced.</summary>
    public ScopeFilter? Scope { get; set; }

    /// <summary>Linked users whose employee is out of scope (matched by HR id): they count toward no guard.</summary>
    public int OutOfScopeLinked { get; set; }

    /// <summary>The active ones among <see cref="OutOfScopeLinked"/>.</summary>
    public int OutOfScopeActiveLinked { get; set; }

    /// <summary>A part of the scope could not be applied: new users and invitations are held for approval.</summary>
    public bool ScopeBlind => Scope?.Blind == true;

    /// <summary>Whether the source delivered the attribute; attributes it did not deliver are left untouched.</summary>
    public bool Delivered(HrisFields field) => (Snapshot.MissingFields & field) == 0;

    public void Warn(SyncWarningCode code, string message, string? employeeId = null, IReadOnlyList<string>? relatedIds = null) =>
        Plan.Warn(new SyncWarning(code, message, employeeId, relatedIds));
}
