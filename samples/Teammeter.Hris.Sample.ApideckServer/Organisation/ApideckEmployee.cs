namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>An employee as the embedded server stores it; serialised in the shape of Apideck's <c>Employee</c> schema.</summary>
public sealed record ApideckEmployee
{
    /// <summary>The HR employee id.</summary>
    public required string Id { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Email addresses; empty for someone without email.</summary>
    public IReadOnlyList<ApideckEmail> Emails { get; init; } = [];

    /// <summary>Apideck's <c>employment_status</c>: <c>active</c>, <c>inactive</c>, <c>terminated</c>, <c>other</c> or null.</summary>
    public string? EmploymentStatus { get; init; } = "active";

    /// <summary>First working day.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>Last working day (termination date), if any.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>Position title; also served as the primary job's title.</summary>
    public string? Title { get; init; }

    /// <summary>Team id, if the employee is in a team.</summary>
    public string? TeamId { get; init; }

    /// <summary>Team name.</summary>
    public string? TeamName { get; init; }

    /// <summary>Department id.</summary>
    public string? DepartmentId { get; init; }

    /// <summary>Department name.</summary>
    public string? DepartmentName { get; init; }

    /// <summary>The supervisor's employee id; may name someone who does not exist.</summary>
    public string? ManagerId { get; init; }

    /// <summary><c>employment_role.type</c>: employee, contractor, freelance, temp, internship or other.</summary>
    public string? EmploymentType { get; init; } = "employee";

    /// <summary><c>company_id</c>: the legal entity.</summary>
    public string? CompanyId { get; init; }

    /// <summary><c>custom_fields</c>: Personio's custom attributes by name; "true"/"false" are served as JSON booleans.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> CustomFields { get; init; } = [];

    /// <summary>Personnel number.</summary>
    public string? EmployeeNumber { get; init; }

    /// <summary>When the record was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the record was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Apideck's soft-delete flag.</summary>
    public bool Deleted { get; init; }
}
