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
}
