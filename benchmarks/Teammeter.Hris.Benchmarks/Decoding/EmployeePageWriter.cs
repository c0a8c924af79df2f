using System.Globalization;
using System.Text.Json;

namespace Teammeter.Hris.Benchmarks.Decoding;

/// <summary>
/// Writes a <c>GET /hris/employees</c> page in the shape of the spec's <c>GetEmployeesResponse</c>: the envelope,
/// <c>meta</c> and <c>links</c>, and per employee either every <c>Employee</c> property (nested objects and lists
/// filled the way a Personio record fills them) or only the fields the sync requests. Seeded, so the bytes are stable.
/// </summary>
internal static class EmployeePageWriter
{
    public static byte[] Write(int employees, PageShape shape, int seed)
    {
        var random = new Random(seed);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("status_code", 200);
            writer.WriteString("status", "OK");
            writer.WriteString("service", "personio");
            writer.WriteString("resource", "employees");
            writer.WriteString("operation", "all");
            writer.WriteStartArray("data");
            for (var i = 0; i < employees; i++)
            {
                var person = new PagePerson(i, random);
                if (shape == PageShape.Full)
                {
                    WriteFull(writer, person);
                }
                else
                {
                    WriteNarrowed(writer, person);
                }
            }

            writer.WriteEndArray();
            writer.WriteStartObject("meta");
            writer.WriteNumber("items_on_page", employees);
            writer.WriteStartObject("cursors");
            writer.WriteString("previous", "cGVyc29uaW86OmVtcGxveWVlczo6MQ==");
            writer.WriteString("current", "cGVyc29uaW86OmVtcGxveWVlczo6Mg==");
            writer.WriteString("next", "cGVyc29uaW86OmVtcGxveWVlczo6Mw==");
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartObject("links");
            writer.WriteString("previous", "https://unify.apideck.com/hris/employees?cursor=cGVyc29uaW86OmVtcGxveWVlczo6MQ%3D%3D");
            writer.WriteString("current", "https://unify.apideck.com/hris/employees");
            writer.WriteString("next", "https://unify.apideck.com/hris/employees?cursor=cGVyc29uaW86OmVtcGxveWVlczo6Mw%3D%3D");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Exactly <c>ApideckEmployeeFields.All</c>: nested selections (<c>jobs.title</c>, <c>manager.id</c>) narrow the objects too.</summary>
    private static void WriteNarrowed(Utf8JsonWriter writer, PagePerson p)
    {
        writer.WriteStartObject();
        writer.WriteString("id", p.Id);
        writer.WriteString("first_name", p.FirstName);
        writer.WriteString("last_name", p.LastName);
        WriteEmails(writer, p);
        writer.WriteString("employment_status", "active");
        writer.WriteString("employment_start_date", p.StartDate);
        writer.WriteNull("employment_end_date");
        writer.WriteString("title", p.Title);
        writer.WriteStartArray("jobs");
        writer.WriteStartObject();
        writer.WriteString("title", p.Title);
        writer.WriteBoolean("is_primary", true);
        writer.WriteEndObject();
        writer.WriteEndArray();
        WriteTeam(writer, p);
        writer.WriteString("department_id", p.DepartmentId);
        writer.WriteString("department_name", p.DepartmentName);
        writer.WriteStartObject("manager");
        writer.WriteString("id", p.ManagerId);
        writer.WriteEndObject();
        writer.WriteString("employee_number", p.EmployeeNumber);
        writer.WriteString("created_at", "2024-01-15T08:30:00.000Z");
        writer.WriteString("updated_at", "2026-03-02T14:05:41.000Z");
        writer.WriteBoolean("deleted", false);
        writer.WriteEndObject();
    }

    private static void WriteFull(Utf8JsonWriter writer, PagePerson p)
    {
        writer.WriteStartObject();
        writer.WriteString("id", p.Id);
        writer.WriteString("downstream_id", p.Id);
        writer.WriteString("first_name", p.FirstName);
        writer.WriteString("last_name", p.LastName);
        writer.WriteString("middle_name", "J.");
        writer.WriteString("display_name", $"{p.FirstName} {p.LastName}");
        writer.WriteString("preferred_name", p.FirstName);
        writer.WriteString("initials", $"{p.FirstName[0]}{p.LastName[0]}");
        writer.WriteString("salutation", "Mx");
        writer.WriteString("title", p.Title);
        writer.WriteString("marital_status", "married");
        writer.WriteStartObject("partner");
        writer.WriteString("id", "partner-" + p.Id);
        writer.WriteString("first_name", "Jordan");
        writer.WriteString("last_name", p.LastName);
        writer.WriteNull("middle_name");
        writer.WriteString("gender", "not_specified");
        writer.WriteString("initials", $"J{p.LastName[0]}");
        writer.WriteString("birthday", "1988-04-12");
        writer.WriteNull("deceased_on");
        writer.WriteEndObject();
        writer.WriteString("division", "Europe");
        writer.WriteString("division_id", "div-1");
        writer.WriteString("department", p.DepartmentName);
        writer.WriteString("department_id", p.DepartmentId);
        writer.WriteString("department_name", p.DepartmentName);
        WriteTeam(writer, p);
        writer.WriteString("company_id", "23456");
        writer.WriteString("company_name", "Acme GmbH");
        writer.WriteString("employment_start_date", p.StartDate);
        writer.WriteNull("employment_end_date");
        writer.WriteNull("leaving_reason");
        writer.WriteString("employee_number", p.EmployeeNumber);
        writer.WriteString("employment_status", "active");
        writer.WriteStartObject("employment_role");
        writer.WriteString("type", "employee");
        writer.WriteString("sub_type", "full_time");
        writer.WriteEndObject();
        writer.WriteString("ethnicity", "not_specified");
        writer.WriteStartObject("manager");
        writer.WriteString("id", p.ManagerId);
        writer.WriteString("name", "Kim Meyer");
        writer.WriteString("first_name", "Kim");
        writer.WriteString("last_name", "Meyer");
        writer.WriteString("email", "kim.meyer@acme.example");
        writer.WriteString("employment_status", "active");
        writer.WriteEndObject();
        writer.WriteStartArray("direct_reports");
        writer.WriteEndArray();
        writer.WriteString("social_security_number", "65 120488 M 123");
        writer.WriteString("birthday", "1990-08-12");
        writer.WriteNull("deceased_on");
        writer.WriteString("country_of_birth", "DE");
        writer.WriteString("description", "Joined through the 2019 graduate programme.");
        writer.WriteString("gender", "not_specified");
        writer.WriteString("pronouns", "they,them");
        writer.WriteString("preferred_language", "EN");
        WriteStrings(writer, "languages", "EN", "DE");
        WriteStrings(writer, "nationalities", "DE");
        writer.WriteString("photo_url", $"https://images.personio.example/{p.Id}.jpg");
        writer.WriteString("timezone", "Europe/Berlin");
        writer.WriteString("source", "personio");
        writer.WriteString("source_id", p.Id);
        writer.WriteString("record_url", $"https://acme.personio.de/staff/details/{p.Id}");
        writer.WriteStartArray("jobs");
        writer.WriteStartObject();
        writer.WriteString("id", "job-" + p.Id);
        writer.WriteString("employee_id", p.Id);
        writer.WriteString("title", p.Title);
        writer.WriteString("role", p.Title);
        writer.WriteString("start_date", p.StartDate);
        writer.WriteNull("end_date");
        writer.WriteNumber("compensation_rate", 72000);
        writer.WriteString("currency", "EUR");
        writer.WriteString("payment_unit", "year");
        writer.WriteString("hired_at", p.StartDate);
        writer.WriteBoolean("is_primary", true);
        writer.WriteBoolean("is_manager", false);
        writer.WriteString("status", "active");
        writer.WritePropertyName("location");
        WriteAddress(writer, "work", "Office Berlin", "Torstraße 1");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartArray("compensations");
        writer.WriteStartObject();
        writer.WriteString("id", "comp-" + p.Id);
        writer.WriteString("job_id", "job-" + p.Id);
        writer.WriteNumber("rate", 72000);
        writer.WriteString("payment_unit", "year");
        writer.WriteString("currency", "EUR");
        writer.WriteString("flsa_status", "exempt");
        writer.WriteString("effective_date", p.StartDate);
        writer.WriteString("payment_frequency", "monthly");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteBoolean("works_remote", p.Number % 3 == 0);
        writer.WriteStartArray("addresses");
        WriteAddress(writer, "primary", "Home", $"Lindenallee {(p.Number % 90) + 1}");
        writer.WriteEndArray();
        writer.WriteStartArray("phone_numbers");
        writer.WriteStartObject();
        writer.WriteString("id", "phone-" + p.Id);
        writer.WriteString("country_code", "49");
        writer.WriteString("area_code", "30");
        writer.WriteString("number", string.Create(CultureInfo.InvariantCulture, $"555{p.Number:D5}"));
        writer.WriteNull("extension");
        writer.WriteString("type", "mobile");
        writer.WriteEndObject();
        writer.WriteEndArray();
        WriteEmails(writer, p);
        writer.WriteStartArray("custom_fields");
        writer.WriteStartObject();
        writer.WriteString("id", "dynamic_1234");
        writer.WriteString("name", "Cost centre");
        writer.WriteString("description", "Finance cost centre");
        writer.WriteString("value", string.Create(CultureInfo.InvariantCulture, $"CC-{p.Number % 40:D3}"));
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartArray("social_links");
        writer.WriteStartObject();
        writer.WriteString("id", "linkedin");
        writer.WriteString("url", $"https://www.linkedin.com/in/{p.FirstName.ToLowerInvariant()}-{p.Id}");
        writer.WriteString("type", "linkedin");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartArray("bank_accounts");
        writer.WriteStartObject();
        writer.WriteString("bank_name", "Sparkasse");
        writer.WriteString("account_number", string.Create(CultureInfo.InvariantCulture, $"{p.Number:D10}"));
        writer.WriteString("account_name", $"{p.FirstName} {p.LastName}");
        writer.WriteString("account_type", "checking");
        writer.WriteString("iban", string.Create(CultureInfo.InvariantCulture, $"DE89370400440{p.Number:D9}"));
        writer.WriteString("bic", "COBADEFFXXX");
        writer.WriteNull("routing_number");
        writer.WriteNull("bsb_number");
        writer.WriteNull("branch_identifier");
        writer.WriteString("bank_code", "37040044");
        writer.WriteString("currency", "EUR");
        writer.WriteString("country", "DE");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteString("tax_code", "1");
        writer.WriteString("tax_id", string.Create(CultureInfo.InvariantCulture, $"{p.Number:D11}"));
        writer.WriteString("dietary_preference", "none");
        WriteStrings(writer, "food_allergies");
        writer.WriteStartObject("probation_period");
        writer.WriteString("start_date", p.StartDate);
        writer.WriteNull("end_date");
        writer.WriteEndObject();
        WriteStrings(writer, "tags", "Berlin");
        writer.WriteStartObject("custom_mappings");
        writer.WriteEndObject();
        writer.WriteString("row_version", "1-12345");
        writer.WriteBoolean("deleted", false);
        writer.WriteString("updated_by", "12345");
        writer.WriteString("created_by", "12345");
        writer.WriteString("updated_at", "2026-03-02T14:05:41.000Z");
        writer.WriteString("created_at", "2024-01-15T08:30:00.000Z");
        writer.WriteEndObject();
    }

    private static void WriteTeam(Utf8JsonWriter writer, PagePerson p)
    {
        writer.WriteStartObject("team");
        writer.WriteString("id", p.TeamId);
        writer.WriteString("name", p.TeamName);
        writer.WriteEndObject();
    }

    private static void WriteEmails(Utf8JsonWriter writer, PagePerson p)
    {
        writer.WriteStartArray("emails");
        writer.WriteStartObject();
        writer.WriteString("id", "email-" + p.Id);
        writer.WriteString("email", $"{p.FirstName.ToLowerInvariant()}.{p.LastName.ToLowerInvariant()}.{p.Number}@acme.example");
        writer.WriteString("type", "work");
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void WriteAddress(Utf8JsonWriter writer, string type, string name, string line1)
    {
        writer.WriteStartObject();
        writer.WriteString("id", "addr-" + type);
        writer.WriteString("type", type);
        writer.WriteString("string", $"{line1}, 10115 Berlin, Germany");
        writer.WriteString("name", name);
        writer.WriteString("line1", line1);
        writer.WriteNull("line2");
        writer.WriteString("city", "Berlin");
        writer.WriteString("state", "Berlin");
        writer.WriteString("postal_code", "10115");
        writer.WriteString("country", "DE");
        writer.WriteNumber("latitude", 52.5293);
        writer.WriteNumber("longitude", 13.4012);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, params string[] values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
