namespace Teammeter.Hris.Review;

/// <summary>Plain-language names for the library's enums, for people rather than for code.</summary>
internal static class ReviewLabels
{
    public static string Of(SyncOperationKind kind) => kind switch
    {
        SyncOperationKind.CreateTeam => "Create team",
        SyncOperationKind.RenameTeam => "Rename team",
        SyncOperationKind.CreateRole => "Create role",
        SyncOperationKind.CreateUser => "Create user",
        SyncOperationKind.UpdateUser => "Update user",
        SyncOperationKind.AssignTeam => "Move to team",
        SyncOperationKind.AssignRole => "Set role",
        SyncOperationKind.SetManager => "Set manager",
        SyncOperationKind.ClearManager => "Remove manager",
        SyncOperationKind.DeactivateUser => "Deactivate user",
        SyncOperationKind.ReactivateUser => "Reactivate user",
        SyncOperationKind.SendInvitation => "Send invitation",
        _ => kind.ToString(),
    };

    public static string Of(SyncRunKind kind) => kind switch
    {
        SyncRunKind.Plan => "Plan only",
        SyncRunKind.Sync => "Sync",
        SyncRunKind.ReleaseInvitations => "Release of invitations",
        SyncRunKind.Approve => "Approval",
        SyncRunKind.Reject => "Rejection",
        _ => kind.ToString(),
    };

    public static string Of(SyncTrigger trigger) => trigger switch
    {
        SyncTrigger.Manual => "A person",
        SyncTrigger.Schedule => "Schedule",
        SyncTrigger.Retry => "Retry",
        SyncTrigger.Webhook => "HR change",
        _ => trigger.ToString(),
    };

    public static string Of(SyncOutcome outcome) => outcome switch
    {
        SyncOutcome.Succeeded => "Succeeded",
        SyncOutcome.Failed => "Failed",
        SyncOutcome.Cancelled => "Cancelled",
        _ => outcome.ToString(),
    };

    public static string Of(ReviewOperationStatus status) => status switch
    {
        ReviewOperationStatus.Pending => "Waiting for a decision",
        ReviewOperationStatus.Approved => "Approved and applied",
        ReviewOperationStatus.Rejected => "Rejected",
        ReviewOperationStatus.Dropped => "Approved, but no longer true in HR: not applied",
        _ => status.ToString(),
    };

    public static string Of(HrisConnectionReason reason) => reason switch
    {
        HrisConnectionReason.Connected => "CONNECTED",
        HrisConnectionReason.NotFound => "Never connected",
        HrisConnectionReason.Available => "Connection not started",
        HrisConnectionReason.Added => "Credentials not entered",
        HrisConnectionReason.Authorized => "Setup not finished",
        HrisConnectionReason.Invalid => "Credentials rejected",
        HrisConnectionReason.Disabled => "Switched off",
        HrisConnectionReason.MissingAttributes => "Attributes missing",
        HrisConnectionReason.ReadFailed => "Reading employees failed",
        _ => "Unknown state",
    };
}
