namespace Teammeter.Hris;

/// <summary>What a run of the sync engine did.</summary>
public enum SyncRunKind
{
    /// <summary>Read and plan only; nothing written.</summary>
    Plan,

    /// <summary>Read, plan and apply.</summary>
    Sync,

    /// <summary>Release invitations after the organisation's review, then send every due invitation.</summary>
    ReleaseInvitations,

    /// <summary>Apply operations the safety guards held, after a person approved them.</summary>
    ApproveHeldOperations,
}
