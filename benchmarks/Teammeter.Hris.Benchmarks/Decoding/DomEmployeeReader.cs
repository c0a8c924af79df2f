using System.Text.Json;
using Teammeter.Hris.Apideck.Dtos;

namespace Teammeter.Hris.Benchmarks.Decoding;

/// <summary>
/// The design the typed decoder replaces: parse a <see cref="JsonDocument"/>, then read the fields the mapper needs
/// off the DOM. A reference point for the benchmark, not library code.
/// </summary>
internal static class DomEmployeeReader
{
    public static List<EmployeeDto> Read(JsonElement page)
    {
        var data = page.GetProperty("data");
        var employees = new List<EmployeeDto>(data.GetArrayLength());
        foreach (var e in data.EnumerateArray())
        {
            employees.Add(new EmployeeDto
            {
                Id = String(e, "id"),
                FirstName = String(e, "first_name"),
                LastName = String(e, "last_name"),
                Emails = List(e, "emails", x => new EmailDto { Email = String(x, "email"), Type = String(x, "type") }),
                EmploymentStatus = String(e, "employment_status"),
                EmploymentStartDate = String(e, "employment_start_date"),
                EmploymentEndDate = String(e, "employment_end_date"),
                Title = String(e, "title"),
                Jobs = List(e, "jobs", x => new JobDto { Title = String(x, "title"), IsPrimary = Boolean(x, "is_primary") }),
                Team = Object(e, "team", x => new TeamDto { Id = String(x, "id"), Name = String(x, "name") }),
                DepartmentId = String(e, "department_id"),
                DepartmentName = String(e, "department_name"),
                Manager = Object(e, "manager", x => new ManagerDto { Id = String(x, "id") }),
                EmployeeNumber = String(e, "employee_number"),
                CreatedAt = Timestamp(e, "created_at"),
                UpdatedAt = Timestamp(e, "updated_at"),
                Deleted = Boolean(e, "deleted"),
            });
        }

        return employees;
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? Timestamp(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var timestamp) ? timestamp : null;

    private static bool? Boolean(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    private static T? Object<T>(JsonElement e, string name, Func<JsonElement, T> read)
        where T : class =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? read(value) : null;

    private static List<T>? List<T>(JsonElement e, string name, Func<JsonElement, T> read)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var items = new List<T>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            items.Add(read(item));
        }

        return items;
    }
}
