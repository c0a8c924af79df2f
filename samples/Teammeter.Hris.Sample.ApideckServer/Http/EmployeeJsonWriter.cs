using System.Globalization;
using System.Text.Json;

namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>Writes one employee in the shape of Apideck's <c>Employee</c> schema, honouring <c>fields</c>.</summary>
internal static class EmployeeJsonWriter
{
    public static void Write(Utf8JsonWriter writer, ApideckEmployee employee, OrganisationSnapshot organisation, FieldSelection fields)
    {
        writer.WriteStartObject();
        WriteString(writer, fields, "id", employee.Id);
        WriteString(writer, fields, "first_name", employee.FirstName);
        WriteString(writer, fields, "last_name", employee.LastName);
        if (fields.Includes("display_name"))
        {
            writer.WriteString("display_name", DisplayName(employee));
        }

        WriteString(writer, fields, "title", employee.Title);
        WriteString(writer, fields, "department_id", employee.DepartmentId);
        WriteString(writer, fields, "department_name", employee.DepartmentName);
        if (fields.Includes("team"))
        {
            WriteTeam(writer, employee, fields);
        }

        WriteDate(writer, fields, "employment_start_date", employee.StartDate);
        WriteDate(writer, fields, "employment_end_date", employee.EndDate);
        WriteString(writer, fields, "employee_number", employee.EmployeeNumber);
        WriteString(writer, fields, "company_id", employee.CompanyId);
        if (fields.Includes("employment_role"))
        {
            writer.WriteStartObject("employment_role");
            WriteNested(writer, fields, "employment_role", "type", employee.EmploymentType);
            WriteNested(writer, fields, "employment_role", "sub_type", "full_time");
            writer.WriteEndObject();
        }

        if (fields.Includes("custom_fields"))
        {
            WriteCustomFields(writer, employee, fields);
        }

        WriteString(writer, fields, "employment_status", employee.EmploymentStatus);
        if (fields.Includes("manager"))
        {
            WriteManager(writer, employee, organisation, fields);
        }

        if (fields.Includes("jobs"))
        {
            WriteJobs(writer, employee, fields);
        }

        if (fields.Includes("emails"))
        {
            WriteEmails(writer, employee, fields);
        }

        if (fields.Includes("deleted"))
        {
            writer.WriteBoolean("deleted", employee.Deleted);
        }

        WriteTimestamp(writer, fields, "updated_at", employee.UpdatedAt);
        WriteTimestamp(writer, fields, "created_at", employee.CreatedAt);
        writer.WriteEndObject();
    }

    private static void WriteCustomFields(Utf8JsonWriter writer, ApideckEmployee employee, FieldSelection fields)
    {
        writer.WriteStartArray("custom_fields");
        for (var i = 0; i < employee.CustomFields.Count; i++)
        {
            var (name, value) = employee.CustomFields[i];
            writer.WriteStartObject();
            WriteNested(writer, fields, "custom_fields", "id", "dynamic_" + (100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
            WriteNested(writer, fields, "custom_fields", "name", name);
            if (fields.IncludesNested("custom_fields", "value"))
            {
                if (bool.TryParse(value, out var flag))
                {
                    writer.WriteBoolean("value", flag);
                }
                else
                {
                    writer.WriteString("value", value);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteTeam(Utf8JsonWriter writer, ApideckEmployee employee, FieldSelection fields)
    {
        if (employee.TeamId is null && employee.TeamName is null)
        {
            writer.WriteNull("team");
            return;
        }

        writer.WriteStartObject("team");
        WriteNested(writer, fields, "team", "id", employee.TeamId);
        WriteNested(writer, fields, "team", "name", employee.TeamName);
        writer.WriteEndObject();
    }

    private static void WriteManager(Utf8JsonWriter writer, ApideckEmployee employee, OrganisationSnapshot organisation, FieldSelection fields)
    {
        if (employee.ManagerId is null)
        {
            writer.WriteNull("manager");
            return;
        }

        // Apideck resolves the manager's name and email; an unknown manager id arrives with only its id.
        var manager = organisation.ById.GetValueOrDefault(employee.ManagerId);
        writer.WriteStartObject("manager");
        WriteNested(writer, fields, "manager", "id", employee.ManagerId);
        WriteNested(writer, fields, "manager", "name", manager is null ? null : DisplayName(manager));
        WriteNested(writer, fields, "manager", "first_name", manager?.FirstName);
        WriteNested(writer, fields, "manager", "last_name", manager?.LastName);
        WriteNested(writer, fields, "manager", "email", manager?.Emails.Count > 0 ? manager.Emails[0].Email : null);
        WriteNested(writer, fields, "manager", "employment_status", manager?.EmploymentStatus);
        writer.WriteEndObject();
    }

    private static void WriteJobs(Utf8JsonWriter writer, ApideckEmployee employee, FieldSelection fields)
    {
        writer.WriteStartArray("jobs");
        if (employee.Title is not null)
        {
            writer.WriteStartObject();
            WriteNested(writer, fields, "jobs", "id", employee.Id + "-job");
            WriteNested(writer, fields, "jobs", "employee_id", employee.Id);
            WriteNested(writer, fields, "jobs", "title", employee.Title);
            if (fields.IncludesNested("jobs", "is_primary"))
            {
                writer.WriteBoolean("is_primary", true);
            }

            if (fields.IncludesNested("jobs", "start_date"))
            {
                WriteDateValue(writer, "start_date", employee.StartDate);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteEmails(Utf8JsonWriter writer, ApideckEmployee employee, FieldSelection fields)
    {
        writer.WriteStartArray("emails");
        foreach (var email in employee.Emails)
        {
            writer.WriteStartObject();
            WriteNested(writer, fields, "emails", "email", email.Email);
            WriteNested(writer, fields, "emails", "type", email.Type);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string? DisplayName(ApideckEmployee employee) =>
        (employee.FirstName, employee.LastName) switch
        {
            (null, null) => null,
            (var first, null) => first,
            (null, var last) => last,
            (var first, var last) => first + " " + last,
        };

    private static void WriteString(Utf8JsonWriter writer, FieldSelection fields, string name, string? value)
    {
        if (fields.Includes(name))
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteNested(Utf8JsonWriter writer, FieldSelection fields, string parent, string name, string? value)
    {
        if (fields.IncludesNested(parent, name))
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteDate(Utf8JsonWriter writer, FieldSelection fields, string name, DateOnly? value)
    {
        if (fields.Includes(name))
        {
            WriteDateValue(writer, name, value);
        }
    }

    private static void WriteDateValue(Utf8JsonWriter writer, string name, DateOnly? value)
    {
        if (value is not { } date)
        {
            writer.WriteNull(name);
            return;
        }

        Span<char> text = stackalloc char[10];
        date.TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        writer.WriteString(name, text[..written]);
    }

    private static void WriteTimestamp(Utf8JsonWriter writer, FieldSelection fields, string name, DateTimeOffset? value)
    {
        if (!fields.Includes(name))
        {
            return;
        }

        if (value is { } timestamp)
        {
            writer.WriteString(name, timestamp.ToUniversalTime());
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
