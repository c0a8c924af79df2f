using System.Text.Json;
using Teammeter.Hris.Apideck;

namespace Teammeter.Hris.Benchmarks.Decoding;

/// <summary>
/// The DOM design, for comparison: parse a <see cref="JsonDocument"/>, then read the fields the mapper needs off the
/// DOM into the same record and mapper the library uses. A reference point for the benchmark, not library code.
/// </summary>
internal static class DomEmployeeReader
{
    public static List<HrisEmployee> Read(JsonElement page)
    {
        var data = page.GetProperty("data");
        var employees = new List<HrisEmployee>(data.GetArrayLength());
        var record = new ApideckEmployeeRecord();
        foreach (var e in data.EnumerateArray())
        {
            record.Reset();
            record.Id = String(e, "id");
            record.FirstName = String(e, "first_name");
            record.LastName = String(e, "last_name");
            Each(e, "emails", x => record.OfferEmail(String(x, "email"), String(x, "type")));
            record.Status = ApideckEmployeeMapper.ParseStatus(String(e, "employment_status"));
            record.StartDateText = String(e, "employment_start_date");
            record.EndDateText = String(e, "employment_end_date");
            record.Title = String(e, "title");
            Each(e, "jobs", x => record.OfferJob(String(x, "title"), Boolean(x, "is_primary")));
            if (e.TryGetProperty("team", out var team) && team.ValueKind == JsonValueKind.Object)
            {
                record.TeamId = String(team, "id");
                record.TeamName = String(team, "name");
            }

            record.DepartmentId = String(e, "department_id");
            record.DepartmentName = String(e, "department_name");
            record.ManagerId = e.TryGetProperty("manager", out var manager) && manager.ValueKind == JsonValueKind.Object ? String(manager, "id") : null;
            record.EmployeeNumber = String(e, "employee_number");
            record.CreatedAt = Timestamp(e, "created_at");
            record.UpdatedAt = Timestamp(e, "updated_at");
            if (Boolean(e, "deleted") != true)
            {
                employees.Add(ApideckEmployeeMapper.Map(record, pageNumber: 1));
            }
        }

        return employees;
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? Timestamp(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var timestamp) ? timestamp : null;

    private static bool? Boolean(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    private static void Each(JsonElement e, string name, Action<JsonElement> read)
    {
        if (e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object)
                {
                    read(item);
                }
            }
        }
    }
}
