namespace Teammeter.Hris.Apideck;

/// <summary>
/// Finds attributes that no employee of the snapshot carries. A Personio credential that is not allowed an
/// attribute delivers it empty for everyone instead of failing, and syncing those blanks would wipe data.
/// </summary>
/// <remarks>
/// Only organisations of at least <see cref="MinimumEmployees"/> are judged: one person without a manager says nothing.
/// <see cref="HrisFields.EndDate"/> is never reported, because an organisation where nobody is leaving is normal.
/// </remarks>
internal static class MissingFieldDetector
{
    public const int MinimumEmployees = 2;

    public static HrisFields Detect(IReadOnlyCollection<HrisEmployee> employees)
    {
        if (employees.Count < MinimumEmployees)
        {
            return HrisFields.None;
        }

        var missing = HrisFields.None;
        missing |= Flag(employees, HrisFields.Names, e => HasText(e.FirstName) || HasText(e.LastName));
        missing |= Flag(employees, HrisFields.Email, e => HasText(e.Email));
        missing |= Flag(employees, HrisFields.Status, e => e.Status is not null);
        missing |= Flag(employees, HrisFields.StartDate, e => e.StartDate is not null);
        missing |= Flag(employees, HrisFields.Title, e => HasText(e.Title));
        missing |= Flag(employees, HrisFields.Team, e => e.Team is not null);
        missing |= Flag(employees, HrisFields.Department, e => e.Department is not null);
        missing |= Flag(employees, HrisFields.Manager, e => e.ManagerId is not null);
        return missing;
    }

    private static bool HasText(string? value) => !string.IsNullOrWhiteSpace(value);

    private static HrisFields Flag(IReadOnlyCollection<HrisEmployee> employees, HrisFields field, Func<HrisEmployee, bool> hasValue) =>
        employees.Any(hasValue) ? HrisFields.None : field;
}
