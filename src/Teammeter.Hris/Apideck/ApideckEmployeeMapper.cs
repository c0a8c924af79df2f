using System.Globalization;
using System.Text.Json;
using Teammeter.Hris.Apideck.Dtos;

namespace Teammeter.Hris.Apideck;

/// <summary>Maps Apideck's unified employee to <see cref="HrisEmployee"/>. Values are kept as delivered (not trimmed).</summary>
internal static class ApideckEmployeeMapper
{
    /// <summary>Maps one record. Throws for records the sync cannot key or whose lifecycle dates are unreadable.</summary>
    /// <exception cref="HrisSourceException">The record has no id, or a start/end date that is not a date.</exception>
    /// <param name="dto">The record.</param>
    /// <param name="pageNumber">The page it arrived on, for the error.</param>
    /// <param name="attribute">The only custom attribute to keep (a scope's exclusion attribute), or <see langword="null"/> for none.</param>
    /// <param name="shared">The read's shared teams, departments and titles, or <see langword="null"/> to share nothing.</param>
    public static HrisEmployee Map(EmployeeDto dto, int pageNumber, string? attribute = null, ApideckSharedValues? shared = null)
    {
        if (string.IsNullOrWhiteSpace(dto.Id))
        {
            // Skipping it would make the person look like a leaver; refusing the snapshot is the safe choice.
            throw new HrisSourceException($"An employee record on page {pageNumber} has no id, so it cannot be matched; the snapshot is unusable.");
        }

        return new HrisEmployee
        {
            EmployeeId = dto.Id,
            FirstName = dto.FirstName,
            LastName = dto.LastName,
            Email = ChooseEmail(dto.Emails),
            Status = ParseStatus(dto.EmploymentStatus),
            StartDate = ParseDate(dto.EmploymentStartDate, dto.Id, "employment_start_date"),
            EndDate = ParseDate(dto.EmploymentEndDate, dto.Id, "employment_end_date"),
            Title = shared is null ? ChooseTitle(dto) : shared.Text(ChooseTitle(dto)),
            Team = MapTeam(dto.Team, shared),
            Department = MapDepartment(dto.DepartmentId, dto.DepartmentName, shared),
            ManagerId = NullIfBlank(dto.Manager?.Id),
            EmployeeNumber = NullIfBlank(dto.EmployeeNumber),
            EmploymentType = ParseEmploymentType(dto.EmploymentRole?.Type),
            CompanyId = NullIfBlank(dto.CompanyId),
            CustomAttributes = attribute is null ? null : KeepAttribute(dto.CustomFields, attribute),
            CreatedAt = dto.CreatedAt,
            UpdatedAt = dto.UpdatedAt,
        };
    }

    /// <summary>The <c>work</c> address, else the <c>primary</c> one, else the first non-empty one.</summary>
    internal static string? ChooseEmail(IReadOnlyList<EmailDto>? emails)
    {
        if (emails is null)
        {
            return null;
        }

        // An indexed loop rather than LINQ: this runs for every employee of every page and so allocates nothing.
        string? primary = null;
        string? first = null;
        for (var i = 0; i < emails.Count; i++)
        {
            var candidate = emails[i];

            // JSON allows null entries in the array (the spec does not forbid them); they carry no address.
            if (candidate is null || string.IsNullOrWhiteSpace(candidate.Email))
            {
                continue;
            }

            if (string.Equals(candidate.Type, "work", StringComparison.OrdinalIgnoreCase))
            {
                return candidate.Email;
            }

            if (primary is null && string.Equals(candidate.Type, "primary", StringComparison.OrdinalIgnoreCase))
            {
                primary = candidate.Email;
            }

            first ??= candidate.Email;
        }

        return primary ?? first;
    }

    /// <summary>
    /// The spec's closed enum; an unknown value maps to <see cref="HrisEmploymentStatus.Other"/>, the spec's own
    /// catch-all, so a status Apideck adds later neither breaks the sync nor reads as a departure.
    /// </summary>
    internal static HrisEmploymentStatus? ParseStatus(string? value)
    {
        // Compared in place: upper-casing a copy of every employee's status cost a string each.
        var status = value.AsSpan().Trim();
        return status switch
        {
            [] => null,
            _ when status.Equals("active", StringComparison.OrdinalIgnoreCase) => HrisEmploymentStatus.Active,
            _ when status.Equals("inactive", StringComparison.OrdinalIgnoreCase) => HrisEmploymentStatus.Inactive,
            _ when status.Equals("terminated", StringComparison.OrdinalIgnoreCase) => HrisEmploymentStatus.Terminated,
            _ => HrisEmploymentStatus.Other,
        };
    }

    /// <summary>The spec's closed enum; an unknown value maps to <see cref="HrisEmploymentType.Other"/>, like a status.</summary>
    internal static HrisEmploymentType? ParseEmploymentType(string? value)
    {
        var type = value.AsSpan().Trim();
        return type switch
        {
            [] => null,
            _ when type.Equals("employee", StringComparison.OrdinalIgnoreCase) => HrisEmploymentType.Employee,
            _ when type.Equals("contractor", StringComparison.OrdinalIgnoreCase) => HrisEmploymentType.Contractor,
            _ when type.Equals("freelance", StringComparison.OrdinalIgnoreCase) => HrisEmploymentType.Freelance,
            _ when type.Equals("temp", StringComparison.OrdinalIgnoreCase) => HrisEmploymentType.Temp,
            _ when type.Equals("internship", StringComparison.OrdinalIgnoreCase) => HrisEmploymentType.Internship,
            _ => HrisEmploymentType.Other,
        };
    }

    /// <summary>
    /// The custom field named (or with the id) <paramref name="attribute"/>, as text; every other custom field is dropped
    /// (they can hold personal data the sync has no use for). <see langword="null"/> when the record has none at all.
    /// </summary>
    internal static HrisCustomAttributes? KeepAttribute(IReadOnlyList<CustomFieldDto>? fields, string attribute)
    {
        if (fields is null)
        {
            return null;
        }

        var wanted = attribute.Trim();
        foreach (var field in fields)
        {
            if (field is null)
            {
                continue;
            }

            if (string.Equals(field.Name?.Trim(), wanted, StringComparison.OrdinalIgnoreCase)
                || string.Equals(field.Id?.Trim(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                return new HrisCustomAttributes([new(wanted, Text(field.Value))]);
            }
        }

        return s_noAttributes;
    }

    private static readonly HrisCustomAttributes s_noAttributes = new([]);

    /// <summary>A custom value as text: strings as they are, booleans and numbers as JSON writes them, the first of an array.</summary>
    private static string? Text(JsonElement? value) => value switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.True } => "true",
        { ValueKind: JsonValueKind.False } => "false",
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        { ValueKind: JsonValueKind.Array } v when v.GetArrayLength() > 0 => Text(v[0]),
        _ => null,
    };

    /// <summary>Accepts <c>yyyy-MM-dd</c> and full ISO 8601 timestamps (whose calendar date is taken as written).</summary>
    internal static DateOnly? ParseDate(string? value, string employeeId, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var timestamp))
        {
            return DateOnly.FromDateTime(timestamp.DateTime);
        }

        // A wrong lifecycle date could activate or deactivate someone, so an unreadable one stops the read.
        throw new HrisSourceException($"Employee {employeeId} has an unreadable {field}; expected a date such as 2024-01-31.");
    }

    /// <summary>The record's title, else the title of the job marked primary.</summary>
    internal static string? ChooseTitle(EmployeeDto dto)
    {
        if (!string.IsNullOrWhiteSpace(dto.Title))
        {
            return dto.Title;
        }

        return NullIfBlank(dto.Jobs?.Find(j => j is not null && j.IsPrimary == true && !string.IsNullOrWhiteSpace(j.Title))?.Title);
    }

    /// <summary>A team needs an id to be matched; a missing name falls back to the id so the team stays visible.</summary>
    private static HrisOrgUnit? MapTeam(TeamDto? team, ApideckSharedValues? shared)
    {
        if (string.IsNullOrWhiteSpace(team?.Id))
        {
            return null;
        }

        var name = NullIfBlank(team.Name) ?? team.Id;
        return shared is null ? new HrisOrgUnit(team.Id, name) : shared.Team(team.Id, name);
    }

    /// <summary>A department keyed by its id; when only a name arrives, the name (unique in Personio) is the key.</summary>
    private static HrisOrgUnit? MapDepartment(string? id, string? name, ApideckSharedValues? shared)
    {
        var key = NullIfBlank(id) ?? NullIfBlank(name);
        if (key is null)
        {
            return null;
        }

        var unitName = NullIfBlank(name) ?? key;
        return shared is null ? new HrisOrgUnit(key, unitName) : shared.Department(key, unitName);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
