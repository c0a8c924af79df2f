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

    /// <summary>Whether the source delivered the attribute; attributes it did not deliver are left untouched.</summary>
    public bool Delivered(HrisFields field) => (Snapshot.MissingFields & field) == 0;

    public void Warn(SyncWarningCode code, string message, string? employeeId = null, IReadOnlyList<string>? relatedIds = null) =>
        Plan.Warn(new SyncWarning(code, message, employeeId, relatedIds));
}
