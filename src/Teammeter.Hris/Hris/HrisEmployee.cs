namespace Teammeter.Hris;

/// <summary>One employee as read from the HR system: the source side of a sync.</summary>
/// <remarks>
/// Values are carried as the HR system delivered them (not trimmed or normalised); the reconciler
/// normalises where its rules say so. <see langword="null"/> means "no value".
/// </remarks>
public sealed record HrisEmployee
{
    /// <summary>The HR system's employee id. It keys the Teammeter user forever after the first sync.</summary>
    public required string EmployeeId { get; init; }

    /// <summary>First (legal) name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last (legal) name.</summary>
    public string? LastName { get; init; }

    /// <summary>The email chosen for invitations (work, then primary, then any), or <see langword="null"/>.</summary>
    public string? Email { get; init; }

    /// <summary>Employment status, or <see langword="null"/> when the HR system reports none.</summary>
    public HrisEmploymentStatus? Status { get; init; }

    /// <summary>First day of employment.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>Last day of employment (termination date), if one is set.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>Position title; becomes the user's synced role.</summary>
    public string? Title { get; init; }

    /// <summary>The employee's team.</summary>
    public HrisOrgUnit? Team { get; init; }

    /// <summary>The employee's department.</summary>
    public HrisOrgUnit? Department { get; init; }

    /// <summary>The HR id of the employee's supervisor.</summary>
    public string? ManagerId { get; init; }

    /// <summary>The employment relationship; read only when a <see cref="SyncScope"/> filters on it.</summary>
    public HrisEmploymentType? EmploymentType { get; init; }

    /// <summary>The company (Personio's legal entity) id; read only when a <see cref="SyncScope"/> filters on it.</summary>
    public string? CompanyId { get; init; }

    /// <summary>Custom attribute values; read only when a <see cref="SyncScope"/> names an exclusion attribute.</summary>
    public HrisCustomAttributes? CustomAttributes { get; init; }

    /// <summary>The employee number shown in HR (distinct from <see cref="EmployeeId"/>).</summary>
    public string? EmployeeNumber { get; init; }

    /// <summary>When the HR record was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the HR record was last modified.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
