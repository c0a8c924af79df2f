using System.Globalization;

namespace Teammeter.Hris.Benchmarks.Decoding;

/// <summary>The values one generated employee of a page carries (seeded).</summary>
internal sealed class PagePerson
{
    private static readonly string[] FirstNames = ["Alex", "Sam", "Robin", "Kim", "Jo", "Charlie", "Mika", "Noa", "Eli", "Luca", "Sasha", "Toni"];
    private static readonly string[] LastNames = ["Meyer", "Smith", "Novak", "Rossi", "Dubois", "Jensen", "Kowalski", "Silva", "Nagy", "Horvat", "Virtanen", "Byrne"];
    private static readonly string[] Titles = ["Engineer", "Designer", "Analyst", "Consultant", "Manager", "Specialist", "Coordinator", "Architect"];

    public PagePerson(int number, Random random)
    {
        Number = number;
        Id = (4_000_000 + number).ToString(CultureInfo.InvariantCulture);
        FirstName = FirstNames[random.Next(FirstNames.Length)];
        LastName = LastNames[random.Next(LastNames.Length)];
        Title = Titles[random.Next(Titles.Length)];
        var team = number / 20;
        TeamId = string.Create(CultureInfo.InvariantCulture, $"team-{team:D5}");
        TeamName = string.Create(CultureInfo.InvariantCulture, $"Team {team + 1}");
        DepartmentId = string.Create(CultureInfo.InvariantCulture, $"{1000 + (team / 5)}");
        DepartmentName = string.Create(CultureInfo.InvariantCulture, $"Department {(team / 5) + 1}");
        ManagerId = (4_000_000 + (number / 20 * 20)).ToString(CultureInfo.InvariantCulture);
        EmployeeNumber = string.Create(CultureInfo.InvariantCulture, $"E{number:D6}");
        StartDate = new DateOnly(2015, 1, 1).AddDays(random.Next(3650)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public int Number { get; }

    public string Id { get; }

    public string FirstName { get; }

    public string LastName { get; }

    public string Title { get; }

    public string TeamId { get; }

    public string TeamName { get; }

    public string DepartmentId { get; }

    public string DepartmentName { get; }

    public string ManagerId { get; }

    public string EmployeeNumber { get; }

    public string StartDate { get; }
}
