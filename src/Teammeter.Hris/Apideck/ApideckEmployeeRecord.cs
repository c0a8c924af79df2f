namespace Teammeter.Hris.Apideck;

/// <summary>
/// What <see cref="ApideckEmployeeReader"/> collects from one record of Apideck's unified <c>Employee</c> before it is
/// mapped: the attributes the sync reads, with the choices among several emails and jobs already made. One instance is
/// reused for every record of a page, so a record costs no objects beyond its own strings and the mapped employee.
/// </summary>
/// <remarks>
/// A property that occurs twice in a record counts with its last value, as it does for
/// <see cref="System.Text.Json.JsonSerializer"/>: every setter overwrites, and a repeated array starts its choice over.
/// </remarks>
internal sealed class ApideckEmployeeRecord
{
    public string? Id { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    /// <summary>The first <c>work</c> address, else the first <c>primary</c> one, else the first non-empty one.</summary>
    public string? Email => _workEmail ?? _primaryEmail ?? _firstEmail;

    public HrisEmploymentStatus? Status { get; set; }

    /// <summary>The start date when it was a plain <c>yyyy-MM-dd</c>; otherwise see <see cref="StartDateText"/>.</summary>
    public DateOnly? StartDate { get; set; }

    /// <summary>A start date in any other form, parsed (or refused) when the record is mapped and its id is known.</summary>
    public string? StartDateText { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? EndDateText { get; set; }

    public string? Title { get; set; }

    /// <summary>The title of the first job marked primary (with a title), the fallback for a missing <see cref="Title"/>.</summary>
    public string? PrimaryJobTitle { get; set; }

    public string? TeamId { get; set; }

    public string? TeamName { get; set; }

    public string? DepartmentId { get; set; }

    public string? DepartmentName { get; set; }

    public string? ManagerId { get; set; }

    public string? EmployeeNumber { get; set; }

    public HrisEmploymentType? EmploymentType { get; set; }

    public string? CompanyId { get; set; }

    /// <summary>The kept custom attribute; <see langword="null"/> when none is wanted or the record has no <c>custom_fields</c>.</summary>
    public HrisCustomAttributes? CustomAttributes { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public bool Deleted { get; set; }

    private string? _workEmail;
    private string? _primaryEmail;
    private string? _firstEmail;

    /// <summary>Forgets the emails chosen so far (an <c>emails</c> property, possibly a repeated one, begins).</summary>
    public void ClearEmails() => _workEmail = _primaryEmail = _firstEmail = null;

    /// <summary>Offers one entry of <c>emails</c>; blank addresses carry nothing.</summary>
    public void OfferEmail(string? email, string? type)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return;
        }

        if (string.Equals(type, "work", StringComparison.OrdinalIgnoreCase))
        {
            _workEmail ??= email;
        }
        else if (string.Equals(type, "primary", StringComparison.OrdinalIgnoreCase))
        {
            _primaryEmail ??= email;
        }

        _firstEmail ??= email;
    }

    /// <summary>Offers one entry of <c>jobs</c>: the first primary job with a title is kept.</summary>
    public void OfferJob(string? title, bool? isPrimary)
    {
        if (isPrimary == true && !string.IsNullOrWhiteSpace(title))
        {
            PrimaryJobTitle ??= title;
        }
    }

    /// <summary>Empties every attribute for the next record.</summary>
    public void Reset()
    {
        Id = FirstName = LastName = Title = PrimaryJobTitle = null;
        StartDateText = EndDateText = TeamId = TeamName = DepartmentId = DepartmentName = null;
        ManagerId = EmployeeNumber = CompanyId = null;
        Status = null;
        StartDate = EndDate = null;
        EmploymentType = null;
        CustomAttributes = null;
        CreatedAt = UpdatedAt = null;
        Deleted = false;
        ClearEmails();
    }
}
