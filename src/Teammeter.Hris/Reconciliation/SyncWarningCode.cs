namespace Teammeter.Hris;

/// <summary>Stable codes of the warnings a plan can carry. Names are stable: they appear in reports and JSON.</summary>
public enum SyncWarningCode
{
    /// <summary>An employee has no email: the user is created but cannot be invited until a coach adds one.</summary>
    MissingEmail,

    /// <summary>Two or more employees share one email (compared trimmed, case-insensitively), or one email matches several users.</summary>
    DuplicateEmail,

    /// <summary>The snapshot holds the same employee id more than once.</summary>
    DuplicateEmployeeId,

    /// <summary>An employee's manager id is not an active employee of the snapshot; the reporting line is left unset.</summary>
    UnknownManager,

    /// <summary>An employee is recorded as their own manager; the reporting line is left unset.</summary>
    SelfManager,

    /// <summary>Reporting lines form a cycle; the edges of the cycle are not applied.</summary>
    ManagerCycle,

    /// <summary>The source did not deliver an attribute the sync needs; that attribute is left untouched.</summary>
    MissingRequiredField,

    /// <summary>A linked user's HR id changed (same email under a new id); the user is re-keyed, not re-created.</summary>
    HrIdChanged,

    /// <summary>An employee has neither a first nor a last name.</summary>
    MissingName,

    /// <summary>One team (or department) id carries different names within the snapshot; one name was chosen.</summary>
    ConflictingTeamName,

    /// <summary>An employee's end date lies before their start date; the end date decides.</summary>
    EndBeforeStart,

    /// <summary>A team the sync created has no active members left; it is reported, never deleted.</summary>
    EmptyTeam,

    /// <summary>More deactivations than the policy allows; they are held for approval.</summary>
    MassDeactivationHeld,

    /// <summary>More re-keyed users than the policy allows; the re-keys are held for approval.</summary>
    MassRekeyHeld,

    /// <summary>An email in HR is already used by a Teammeter user linked to a different employee.</summary>
    EmailInUse,

    /// <summary>
    /// The run looks like another organisation (many creations, or little overlap with the linked users): everything
    /// it would write is held for approval.
    /// </summary>
    WrongOrganisationSuspected,

    /// <summary>HR now names a manager for a user whose reporting line a coach set; HR's manager replaces it.</summary>
    CoachEditReplaced,

    /// <summary>
    /// A new employee carries the email of a leaver's deactivated account (or of a leaving employee): the leaver's
    /// account is not handed over; the new employee's operations are held until a person decides.
    /// </summary>
    EmailReused,

    /// <summary>A coach deactivated the user in Teammeter while HR says active; the sync leaves the user deactivated.</summary>
    DeactivatedInTeammeter,

    /// <summary>Linked users are missing from a complete snapshot without HR saying they left; their deactivations are held for approval.</summary>
    MissingEmployeesHeld,

    /// <summary>
    /// A linked user's employee is now outside the tenant's <see cref="SyncScope"/>: the user is held (a deactivation
    /// for approval), neither deactivated nor changed automatically. The message says why.
    /// </summary>
    OutOfScope,

    /// <summary>
    /// The scope filters on an attribute no employee carries (the credential does not deliver it): that part of the scope
    /// cannot be applied, so new users and invitations are held for approval. The warning names the attribute to allow.
    /// </summary>
    ScopeAttributeMissing,
}
