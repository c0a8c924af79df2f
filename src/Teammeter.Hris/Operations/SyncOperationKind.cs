namespace Teammeter.Hris;

/// <summary>The kinds of operation a <see cref="ChangeSet"/> can hold. Names are stable: they appear in reports and JSON.</summary>
public enum SyncOperationKind
{
    /// <summary>See <see cref="Hris.CreateTeam"/>.</summary>
    CreateTeam,

    /// <summary>See <see cref="Hris.RenameTeam"/>.</summary>
    RenameTeam,

    /// <summary>See <see cref="Hris.CreateRole"/>.</summary>
    CreateRole,

    /// <summary>See <see cref="Hris.CreateUser"/>.</summary>
    CreateUser,

    /// <summary>See <see cref="Hris.UpdateUser"/>.</summary>
    UpdateUser,

    /// <summary>See <see cref="Hris.AssignTeam"/>.</summary>
    AssignTeam,

    /// <summary>See <see cref="Hris.AssignRole"/>.</summary>
    AssignRole,

    /// <summary>See <see cref="Hris.SetManager"/>.</summary>
    SetManager,

    /// <summary>See <see cref="Hris.ClearManager"/>.</summary>
    ClearManager,

    /// <summary>See <see cref="Hris.DeactivateUser"/>.</summary>
    DeactivateUser,

    /// <summary>See <see cref="Hris.ReactivateUser"/>.</summary>
    ReactivateUser,

    /// <summary>See <see cref="Hris.SendInvitation"/>.</summary>
    SendInvitation,
}
