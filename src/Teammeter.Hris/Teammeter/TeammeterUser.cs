namespace Teammeter.Hris;

/// <summary>A user as the Teammeter host currently holds it: the target side of a sync.</summary>
public sealed record TeammeterUser
{
    /// <summary>
    /// The HR employee id this user is linked to, or <see langword="null"/> for a user a coach created by hand
    /// that has not been linked yet (the first sync links such users by email).
    /// </summary>
    public string? ExternalId { get; init; }

    /// <summary>The user's email, whether synced from HR or typed in by a coach.</summary>
    public string? Email { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Whether the user is active. The sync deactivates, never deletes.</summary>
    public bool IsActive { get; init; } = true;

    /// <summary>The HR id of the team the sync assigned, if any.</summary>
    public string? TeamId { get; init; }

    /// <summary>The role the sync assigned (from the position title). Roles a coach added by hand are not listed here and are never touched.</summary>
    public string? SyncedRole { get; init; }

    /// <summary>The HR id of the user's manager, if a reporting line is set.</summary>
    public string? ManagerId { get; init; }

    /// <summary>Whether an invitation has been sent to this user.</summary>
    public bool IsInvited { get; init; }
}
