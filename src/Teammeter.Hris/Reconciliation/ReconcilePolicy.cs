namespace Teammeter.Hris;

/// <summary>A tenant's choices that shape a plan.</summary>
public sealed record ReconcilePolicy
{
    /// <summary>The defaults: invitations held, automatic invitations for new hires once released, HR teams, guards on.</summary>
    public static ReconcilePolicy Default { get; } = new();

    /// <summary>
    /// Whether the organisation's review has been approved and invitations released. Until then (initial sync),
    /// no invitation is planned.
    /// </summary>
    public bool InvitationsReleased { get; init; }

    /// <summary>
    /// Whether new hires are invited automatically once invitations are released. When off, a plan never invites the
    /// users it creates, and the sync engine invites anyone only on an explicit release call, so a coach can look at
    /// new hires before they get access.
    /// </summary>
    public bool AutoInviteNewHires { get; init; } = true;

    /// <summary>Which HR unit becomes a Teammeter team.</summary>
    public TeamSource TeamSource { get; init; } = TeamSource.Team;

    /// <summary>What happens to linked users missing from a complete snapshot; held for approval by default.</summary>
    public MissingEmployeeAction MissingEmployees { get; init; } = MissingEmployeeAction.Hold;

    /// <summary>
    /// Deactivations above this count are held for approval. Together with <see cref="MassDeactivationMaxShare"/>:
    /// exceeding either holds all of the run's deactivations.
    /// </summary>
    public int MassDeactivationMaxCount { get; init; } = 1000;

    /// <summary>Deactivations above this share of active users (0..1) are held for approval.</summary>
    public double MassDeactivationMaxShare { get; init; } = 0.2;

    /// <summary>
    /// The wrong-organisation guard: a run that would create more users than this count holds everything it would
    /// write. Together with <see cref="MassCreationMaxShare"/> and <see cref="MinSnapshotOverlap"/>: tripping any
    /// holds all of the run's operations. A tenant's first sync (no linked users yet) is exempt.
    /// </summary>
    public int MassCreationMaxCount { get; init; } = 100;

    /// <summary>The wrong-organisation guard: creations above this share of the active linked users (0..1) hold the run.</summary>
    public double MassCreationMaxShare { get; init; } = 0.5;

    /// <summary>
    /// The wrong-organisation guard: when fewer than this share (0..1) of the active linked users are found in the
    /// snapshot (by HR id, or re-keyed by email), the snapshot is likely another organisation's and the run is held.
    /// 0 turns the check off.
    /// </summary>
    public double MinSnapshotOverlap { get; init; } = 0.5;

    /// <summary>Re-keyed users above this share of linked users (0..1) are held for approval.</summary>
    public double RekeyMaxShare { get; init; } = 0.05;

    /// <summary>
    /// Who is synced at all: employment types, companies, departments, teams or an exclusion attribute to leave out.
    /// <see langword="null"/> (the default) syncs everyone.
    /// </summary>
    public SyncScope? Scope { get; init; }

    /// <summary>When <see langword="true"/>, the guards do not hold anything: an explicit approval of held operations.</summary>
    public bool ApproveHeldOperations { get; init; }
}
