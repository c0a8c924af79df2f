namespace Teammeter.Hris;

/// <summary>
/// The Personio attribute names behind <see cref="HrisFields"/>, as an admin sees them in Personio's credential
/// settings (and as docs/personio-setup.md lists them), so a report names what to allow.
/// </summary>
internal static class HrisFieldNames
{
    private static readonly (HrisFields Field, string[] Names)[] Names =
    [
        (HrisFields.Names, ["First name", "Last name"]),
        (HrisFields.Email, ["Email"]),
        (HrisFields.Status, ["Status"]),
        (HrisFields.StartDate, ["Hire date"]),
        (HrisFields.EndDate, ["Termination date"]),
        (HrisFields.Title, ["Position"]),
        (HrisFields.Team, ["Team"]),
        (HrisFields.Department, ["Department"]),
        (HrisFields.Manager, ["Supervisor"]),
    ];

    public static IReadOnlyList<string> Of(HrisFields fields)
    {
        var names = new List<string>();
        foreach (var (field, attributeNames) in Names)
        {
            if ((fields & field) != 0)
            {
                names.AddRange(attributeNames);
            }
        }

        return names;
    }
}
