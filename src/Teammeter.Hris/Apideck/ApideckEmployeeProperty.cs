namespace Teammeter.Hris.Apideck;

/// <summary>The properties of Apideck's <c>Employee</c> that <see cref="ApideckEmployeeReader"/> reads (see <see cref="ApideckEmployeeFields"/>).</summary>
internal enum ApideckEmployeeProperty
{
    /// <summary>Any other property: skipped.</summary>
    Other,
    Id,
    FirstName,
    LastName,
    Emails,
    EmploymentStatus,
    StartDate,
    EndDate,
    Title,
    Jobs,
    Team,
    DepartmentId,
    DepartmentName,
    Manager,
    EmploymentRole,
    CompanyId,
    CustomFields,
    EmployeeNumber,
    CreatedAt,
    UpdatedAt,
    Deleted,
}
