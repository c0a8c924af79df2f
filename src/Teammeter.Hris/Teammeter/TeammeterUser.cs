namespace Teammeter.Hris;

/// <summary>A user as the Teammeter host currently holds it: the target side of a sync.</summary>
public sealed record TeammeterUser
{
    /// <summary>
    /// The HR employee id this user is linked to, or <see langword="null"/> for a user a coach created by hand
    /// that has not been linked yet (the first sync links such users by email).
    /// </summary>
    public string? EmployeeId { get; init; }

    /// <summary>The user's email, whether synced from HR or typed in by a coach.</summary>
    public string? Email { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Whether the user is active. The sync deactivates, never deletes.</summary>
    public bool IsActive { get; init; } = true;

    /// <summary>
    /// Whether the sync deactivated this user (a <see cref="DeactivateUser"/> it applied), as opposed to a coach in
    /// Teammeter. The sync reactivates only users it deactivated itself; a user a coach deactivated stays deactivated
    /// while HR says active. A host that cannot tell leaves it <see langword="false"/>: the safe side.
    /// </summary>
    public bool DeactivatedBySync { get; init; }

    /// <summary>
    /// The HR id of the team membership the sync made, if any. Memberships a coach added by hand are not listed here
    /// and are never touched: <see cref="AssignTeam"/> replaces or removes only this one.
    /// </summary>
    public string? TeamId { get; init; }

    /// <summary>The role the sync assigned (from the position title). Roles a coach added by hand are not listed here and are never touched.</summary>
    public string? SyncedRole { get; init; }

    /// <summary>The HR id of the user's manager, if a reporting line is set (by the sync or by a coach).</summary>
    public string? ManagerId { get; init; }

    /// <summary>
    /// Whether the sync set <see cref="ManagerId"/> (a <see cref="SetManager"/> it applied). When HR names no manager,
    /// the sync clears only a line it set itself; a line a coach set stays, and when HR later names a manager, HR wins
    /// with a <see cref="SyncWarningCode.CoachEditReplaced"/> warning. A host that cannot tell leaves it
    /// <see langword="false"/>: the sync then never clears a line on its own.
    /// </summary>
    public bool ManagerSetBySync { get; init; }

    /// <summary>Whether an invitation has been sent to this user.</summary>
    public bool IsInvited { get; init; }
}
