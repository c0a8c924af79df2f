namespace Teammeter.Hris;

/// <summary>User attributes an <see cref="UpdateUser"/> can change.</summary>
public enum UserField
{
    /// <summary>The HR id the user is linked to (set when linking by email, or when HR re-keyed the employee).</summary>
    EmployeeId,

    /// <summary>First name.</summary>
    FirstName,

    /// <summary>Last name.</summary>
    LastName,

    /// <summary>Email.</summary>
    Email,
}
