namespace Teammeter.Hris.Tests.Helpers;

/// <summary>Builders for test employees.</summary>
internal static class Employees
{
    public static HrisEmployee Active(string id, string? email = null, string? team = "t1", string? manager = null, string? title = "Engineer") => new()
    {
        EmployeeId = id,
        FirstName = "First" + id,
        LastName = "Last" + id,
        Email = email ?? $"person{id}@example.test",
        Status = HrisEmploymentStatus.Active,
        StartDate = new DateOnly(2020, 1, 1),
        Title = title,
        Team = team is null ? null : new HrisOrgUnit(team, "Team " + team),
        ManagerId = manager,
    };

    public static List<HrisEmployee> Organisation(int count)
    {
        var list = new List<HrisEmployee>(count);
        for (var i = 1; i <= count; i++)
        {
            list.Add(Active(i.ToString(System.Globalization.CultureInfo.InvariantCulture), team: "t" + ((i % 3) + 1), manager: i == 1 ? null : "1"));
        }

        return list;
    }
}
