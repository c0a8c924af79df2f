using System.Globalization;

namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>Large generated organisations for tests and benchmarks: about one team per 20 people, one role per 50, and a manager tree.</summary>
public static class SyntheticOrganisation
{
    private const int ManagerFanOut = 8;

    private static readonly string[] FirstNames = ["Alex", "Sam", "Robin", "Kim", "Jo", "Charlie", "Mika", "Noa", "Eli", "Luca", "Sasha", "Toni"];
    private static readonly string[] LastNames = ["Meyer", "Smith", "Novak", "Rossi", "Dubois", "Jensen", "Kowalski", "Silva", "Nagy", "Horvat", "Virtanen", "Byrne"];
    private static readonly string[] Titles = ["Engineer", "Designer", "Analyst", "Consultant", "Manager", "Specialist", "Coordinator", "Architect", "Advisor", "Associate"];

    /// <summary>Creates an organisation; equal arguments give equal organisations.</summary>
    /// <param name="employees">How many employees (at least 1).</param>
    /// <param name="seed">Seeds names and role assignment.</param>
    /// <returns>The employees; the first is the root of the manager tree.</returns>
    public static IReadOnlyList<ApideckEmployee> Create(int employees, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(employees, 1);
        var random = new Random(seed);
        var teamCount = Math.Max(1, employees / 20);
        var roleCount = Math.Max(1, employees / 50);
        var created = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var result = new ApideckEmployee[employees];
        for (var i = 0; i < employees; i++)
        {
            // Contiguous blocks: neighbours share a team, like an HR export sorted by team.
            var team = (int)((long)i * teamCount / employees);
            var role = random.Next(roleCount);
            var id = (100000 + i).ToString(CultureInfo.InvariantCulture);
            result[i] = new ApideckEmployee
            {
                Id = id,
                FirstName = FirstNames[random.Next(FirstNames.Length)],
                LastName = LastNames[random.Next(LastNames.Length)],
                Emails = [new ApideckEmail($"employee.{id}@synthetic.example", "work")],
                EmploymentStatus = "active",
                StartDate = new DateOnly(2015, 1, 1).AddDays(random.Next(3650)),
                Title = string.Create(CultureInfo.InvariantCulture, $"{Titles[role % Titles.Length]} {(role / Titles.Length) + 1}"),
                TeamId = string.Create(CultureInfo.InvariantCulture, $"team-{team:D4}"),
                TeamName = string.Create(CultureInfo.InvariantCulture, $"Team {team + 1}"),
                DepartmentId = string.Create(CultureInfo.InvariantCulture, $"dept-{team / 5:D3}"),
                DepartmentName = string.Create(CultureInfo.InvariantCulture, $"Department {(team / 5) + 1}"),
                ManagerId = i == 0 ? null : (100000 + ((i - 1) / ManagerFanOut)).ToString(CultureInfo.InvariantCulture),
                EmployeeNumber = id,
                CreatedAt = created,
                UpdatedAt = created,
            };
        }

        return result;
    }
}
