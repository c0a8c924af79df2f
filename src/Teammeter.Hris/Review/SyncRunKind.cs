namespace Teammeter.Hris;

/// <summary>What a run of the sync engine did. Names are stable: they appear in the run history and JSON.</summary>
public enum SyncRunKind
{
    /// <summary>Read and plan only; nothing written to the sink.</summary>
    Plan,

    /// <summary>Read, plan and apply.</summary>
    Sync,

    /// <summary>Release invitations after the organisation's review: send the reviewed users' invitations.</summary>
    ReleaseInvitations,

    /// <summary>Apply held operations a person approved, each re-checked against HR.</summary>
    Approve,

    /// <summary>Record a person's rejection of held operations.</summary>
    Reject,
}
