namespace Teammeter.Hris.Sample.CommandLine;

/// <summary>The edits <c>coach</c> makes in the sample's Teammeter data, as a coach would in the product.</summary>
internal enum CoachAction
{
    /// <summary><c>coach set-manager --employee --manager</c>: a reporting line the sync keeps.</summary>
    SetManager,

    /// <summary><c>coach clear-manager --employee</c>: removes the user's reporting line.</summary>
    ClearManager,

    /// <summary><c>coach add-team --employee --team</c>: a membership the sync never removes.</summary>
    AddTeam,

    /// <summary><c>coach set-email --employee --email</c>: an email for someone HR has none for.</summary>
    SetEmail,

    /// <summary><c>coach deactivate --employee</c>: a deactivation the sync does not undo.</summary>
    Deactivate,
}
