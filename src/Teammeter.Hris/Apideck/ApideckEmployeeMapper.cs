using System.Globalization;

namespace Teammeter.Hris.Apideck;

/// <summary>
/// Maps a record of Apideck's unified employee (as <see cref="ApideckEmployeeReader"/> collected it) to
/// <see cref="HrisEmployee"/>. Values are kept as delivered (not trimmed).
/// </summary>
internal static class ApideckEmployeeMapper
{
    /// <summary>Maps one record. Throws for records the sync cannot key or whose lifecycle dates are unreadable.</summary>
    /// <exception cref="HrisSourceException">The record has no id, or a start/end date that is not a date.</exception>
    /// <param name="record">The record.</param>
    /// <param name="pageNumber">The page it arrived on, for the error.</param>
    /// <param name="shared">The read's shared teams, departments and titles, or <see langword="null"/> to share nothing.</param>
    public static HrisEmployee Map(ApideckEmployeeRecord record, int pageNumber, ApideckSharedValues? shared = null)
    {
        var id = record.Id;
        if (string.IsNullOrWhiteSpace(id))
        {
            // Skipping it would make the person look like a leaver; refusing the snapshot is the safe choice.
            throw new HrisSourceException($"An employee record on page {pageNumber} has no id, so it cannot be matched; the snapshot is unusable.");
        }

        var title = !string.IsNullOrWhiteSpace(record.Title) ? record.Title : record.PrimaryJobTitle;
        return new HrisEmployee
        {
            EmployeeId = id,
            FirstName = record.FirstName,
            LastName = record.LastName,
            Email = record.Email,
            Status = record.Status,
            StartDate = record.StartDate ?? ParseDate(record.StartDateText, id, "employment_start_date"),
            EndDate = record.EndDate ?? ParseDate(record.EndDateText, id, "employment_end_date"),
            Title = title,
            Team = MapTeam(record.TeamId, record.TeamName, shared),
            Department = MapDepartment(record.DepartmentId, record.DepartmentName, shared),
            ManagerId = NullIfBlank(record.ManagerId),
            EmployeeNumber = NullIfBlank(record.EmployeeNumber),
            EmploymentType = record.EmploymentType,
            CompanyId = NullIfBlank(record.CompanyId),
            CustomAttributes = record.CustomAttributes,
            CreatedAt = record.CreatedAt,
            UpdatedAt = record.UpdatedAt,
        };
    }

    /// <summary>
    /// The spec's closed enum; an unknown value maps to <see cref="HrisEmploymentStatus.Other"/>, the spec's own
    /// catch-all, so a status Apideck adds later neither breaks the sync nor reads as a departure.
    /// </summary>
    internal static HrisEmploymentStatus? ParseStatus(string? value) => ParseStatus(value.AsSpan());

    /// <inheritdoc cref="ParseStatus(string?)"/>
    internal static HrisEmploymentStatus? ParseStatus(ReadOnlySpan<char> value)
    {
        // Compared in place: upper-casing a copy of every employee's status cost a string each.
        var status = value.Trim();
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
    internal static HrisEmploymentType? ParseEmploymentType(string? value) => ParseEmploymentType(value.AsSpan());

    /// <inheritdoc cref="ParseEmploymentType(string?)"/>
    internal static HrisEmploymentType? ParseEmploymentType(ReadOnlySpan<char> value)
    {
        var type = value.Trim();
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

    /// <summary>A team needs an id to be matched; a missing name falls back to the id so the team stays visible.</summary>
    private static HrisOrgUnit? MapTeam(string? id, string? name, ApideckSharedValues? shared)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var unitName = NullIfBlank(name) ?? id;
        return shared is null ? new HrisOrgUnit(id, unitName) : shared.Team(id, unitName);
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
