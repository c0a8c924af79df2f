namespace Teammeter.Hris;

/// <summary>The employment relationship (Apideck's <c>employment_role.type</c>); what <see cref="SyncScope"/> filters on.</summary>
public enum HrisEmploymentType
{
    /// <summary>An employee.</summary>
    Employee,

    /// <summary>A contractor.</summary>
    Contractor,

    /// <summary>A freelancer.</summary>
    Freelance,

    /// <summary>A temporary worker.</summary>
    Temp,

    /// <summary>An intern.</summary>
    Internship,

    /// <summary>Any other relationship, including values the HR system added later.</summary>
    Other,
}
