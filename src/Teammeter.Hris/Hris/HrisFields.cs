namespace Teammeter.Hris;

/// <summary>
/// Employee attributes the sync relies on. Used to report which attributes an HR source did not deliver,
/// so the sync can leave them untouched instead of syncing blanks.
/// </summary>
[Flags]
public enum HrisFields
{
    /// <summary>No attribute.</summary>
    None = 0,

    /// <summary>First and last name.</summary>
    Names = 1 << 0,

    /// <summary>Email address.</summary>
    Email = 1 << 1,

    /// <summary>Employment status.</summary>
    Status = 1 << 2,

    /// <summary>Employment start date.</summary>
    StartDate = 1 << 3,

    /// <summary>Employment end (termination) date.</summary>
    EndDate = 1 << 4,

    /// <summary>Position title.</summary>
    Title = 1 << 5,

    /// <summary>Team.</summary>
    Team = 1 << 6,

    /// <summary>Department.</summary>
    Department = 1 << 7,

    /// <summary>Supervisor (manager).</summary>
    Manager = 1 << 8,
}
