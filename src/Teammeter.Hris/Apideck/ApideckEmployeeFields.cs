namespace Teammeter.Hris.Apideck;

/// <summary>The <c>fields=</c> value of the employees list: exactly what the mapping reads, nothing personal beyond it.</summary>
internal static class ApideckEmployeeFields
{
    public static readonly IReadOnlyList<string> All =
    [
        "id",
        "first_name",
        "last_name",
        "emails",
        "employment_status",
        "employment_start_date",
        "employment_end_date",
        "title",
        "jobs.title",
        "jobs.is_primary",
        "team",
        "department_id",
        "department_name",
        "manager.id",
        "employee_number",
        "created_at",
        "updated_at",
        "deleted",
    ];

    public static readonly string QueryValue = string.Join(',', All);

    /// <summary>What a scope on employment types adds.</summary>
    public const string EmploymentType = "employment_role.type";

    /// <summary>What a scope on companies adds.</summary>
    public const string Company = "company_id";

    /// <summary>
    /// What a scope's exclusion attribute adds. Apideck cannot narrow custom fields by name, so the mapper keeps only
    /// the scope's attribute and drops the rest.
    /// </summary>
    public const string CustomFields = "custom_fields.id,custom_fields.name,custom_fields.value";

    /// <summary>The <c>fields=</c> value for a tenant's scope: <see cref="QueryValue"/> unless the scope needs more.</summary>
    public static string For(SyncScope? scope)
    {
        if (scope is null || scope.IsEmpty)
        {
            return QueryValue;
        }

        var fields = new List<string>(All);
        if (scope.UsesEmploymentType)
        {
            fields.Add(EmploymentType);
        }

        if (scope.UsesCompany)
        {
            fields.Add(Company);
        }

        if (scope.UsesExclusionAttribute)
        {
            fields.Add(CustomFields);
        }

        return string.Join(',', fields);
    }
}
