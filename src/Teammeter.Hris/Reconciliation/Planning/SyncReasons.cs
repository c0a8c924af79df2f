namespace Teammeter.Hris.Reconciliation;

/// <summary>The machine-readable reasons operations carry (<see cref="SyncOperation.Reason"/>). Stable: documented in docs/reconciliation.md.</summary>
internal static class SyncReasons
{
    public const string NewEmployee = nameof(NewEmployee);
    public const string Rehired = nameof(Rehired);
    public const string Terminated = nameof(Terminated);
    public const string Inactive = nameof(Inactive);
    public const string EndDateReached = nameof(EndDateReached);
    public const string MissingFromSnapshot = nameof(MissingFromSnapshot);
    public const string NameChanged = nameof(NameChanged);
    public const string EmailChanged = nameof(EmailChanged);
    public const string LinkedByEmail = nameof(LinkedByEmail);
    public const string HrIdChanged = nameof(HrIdChanged);
    public const string TeamChanged = nameof(TeamChanged);
    public const string TitleChanged = nameof(TitleChanged);
    public const string ManagerChanged = nameof(ManagerChanged);
    public const string ManagerRemoved = nameof(ManagerRemoved);
    public const string ManagerUnknown = nameof(ManagerUnknown);
    public const string SelfManager = nameof(SelfManager);
    public const string ManagerCycle = nameof(ManagerCycle);
    public const string TeamRenamed = nameof(TeamRenamed);
    public const string NewTeam = nameof(NewTeam);
    public const string NewRole = nameof(NewRole);
    public const string InvitationsReleased = nameof(InvitationsReleased);
    public const string NewHire = nameof(NewHire);
    public const string EmailReused = nameof(EmailReused);
    public const string OutOfScope = nameof(OutOfScope);
}
