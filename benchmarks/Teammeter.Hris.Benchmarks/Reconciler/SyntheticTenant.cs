using System.Globalization;

namespace Teammeter.Hris.Benchmarks.Reconciler;

/// <summary>
/// A generated, seeded organisation shaped like a real one: about one team per 20 people in contiguous blocks,
/// one role per 50, five teams per department, and a manager tree (members report to their team lead, leads to
/// their department head, heads to the CEO). Renders the HR snapshot and the matching Teammeter state.
/// </summary>
internal sealed class SyntheticTenant
{
    public const string TenantId = "bench-tenant";

    /// <summary>The tenant's "today" for every plan: fixed, so runs are comparable.</summary>
    public static readonly DateOnly Today = new(2026, 6, 1);

    private const int TeamsPerDepartment = 5;

    private static readonly string[] FirstNames = ["Alex", "Sam", "Robin", "Kim", "Jo", "Charlie", "Mika", "Noa", "Eli", "Luca", "Sasha", "Toni"];
    private static readonly string[] LastNames = ["Meyer", "Smith", "Novak", "Rossi", "Dubois", "Jensen", "Kowalski", "Silva", "Nagy", "Horvat", "Virtanen", "Byrne"];
    private static readonly string[] Titles = ["Engineer", "Designer", "Analyst", "Consultant", "Manager", "Specialist", "Coordinator", "Architect", "Advisor", "Associate"];
    private static readonly DateTimeOffset Created = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly int[] _teamLeads;
    private readonly HashSet<int> _renamedTeams;

    private SyntheticTenant(List<SyntheticPerson> people, int roles, int[] teamLeads, HashSet<int> renamedTeams)
    {
        People = people;
        Roles = roles;
        _teamLeads = teamLeads;
        _renamedTeams = renamedTeams;
    }

    /// <summary>Everyone HR lists, leavers with a past end date included.</summary>
    public List<SyntheticPerson> People { get; }

    public int Roles { get; }

    public int Teams => _teamLeads.Length;

    /// <summary>Creates an organisation of <paramref name="employees"/> active people; equal arguments give equal organisations.</summary>
    public static SyntheticTenant Create(int employees, int seed)
    {
        var random = new Random(seed);
        var teams = Math.Max(1, employees / 20);
        var roles = Math.Max(1, employees / 50);
        var teamLeads = new int[teams];
        var people = new List<SyntheticPerson>(employees);
        for (var i = 0; i < employees; i++)
        {
            // Contiguous blocks: the first member of each block leads the team.
            var team = (int)((long)i * teams / employees);
            var isLead = i == 0 || team != people[i - 1].Team;
            if (isLead)
            {
                teamLeads[team] = i;
            }

            people.Add(new SyntheticPerson
            {
                Number = i,
                FirstName = random.Next(FirstNames.Length),
                LastName = random.Next(LastNames.Length),
                Team = team,
                Role = random.Next(roles),
                Manager = isLead ? LeadManager(team, teamLeads) : teamLeads[team],
                StartDate = new DateOnly(2015, 1, 1).AddDays(random.Next(3650)),

                // One in 200 has handed in notice: an end date ahead keeps them active today.
                EndDate = i % 200 == 199 ? Today.AddDays(30 + random.Next(60)) : null,
                IsLead = isLead,
            });
        }

        return new SyntheticTenant(people, roles, teamLeads, []);
    }

    /// <summary>
    /// The organisation one day later: 1% of the headcount each hired, leaving (half terminated with an end date
    /// that has passed, half gone from HR), moved to another team (new manager), and renamed (last name); 1% of the
    /// teams renamed. Leads are never picked, so the manager tree stays whole.
    /// </summary>
    public SyntheticTenant WithDailyChurn(int seed)
    {
        var random = new Random(seed);
        var share = Math.Max(1, People.Count / 100);
        var candidates = People.Where(p => !p.IsLead).Select(p => p.Number).ToArray();
        random.Shuffle(candidates);
        if (candidates.Length < 3 * share)
        {
            throw new InvalidOperationException("The organisation is too small for 1% churn in three disjoint groups.");
        }

        var gone = candidates.Take(share / 2).ToHashSet();
        var terminated = candidates.Skip(share / 2).Take(share - (share / 2)).ToHashSet();
        var moved = candidates.Skip(share).Take(share).ToHashSet();
        var renamed = candidates.Skip(2 * share).Take(share).ToHashSet();

        var people = new List<SyntheticPerson>(People.Count + share);
        foreach (var person in People)
        {
            if (gone.Contains(person.Number))
            {
                continue;
            }

            var next = person;
            if (terminated.Contains(person.Number))
            {
                next = next with { Status = HrisEmploymentStatus.Terminated, EndDate = Today.AddDays(-1) };
            }
            else if (moved.Contains(person.Number) && Teams > 1)
            {
                var team = (person.Team + 1 + random.Next(Teams - 1)) % Teams;
                next = next with { Team = team, Manager = _teamLeads[team] };
            }
            else if (renamed.Contains(person.Number))
            {
                next = next with { LastName = (person.LastName + 1) % LastNames.Length };
            }

            people.Add(next);
        }

        for (var h = 0; h < share; h++)
        {
            var team = random.Next(Teams);
            people.Add(new SyntheticPerson
            {
                Number = People.Count + h,
                FirstName = random.Next(FirstNames.Length),
                LastName = random.Next(LastNames.Length),
                Team = team,
                Role = random.Next(Roles),
                Manager = _teamLeads[team],

                // Half start today, half in two weeks (created now, invited on their first day).
                StartDate = h % 2 == 0 ? Today : Today.AddDays(14),
            });
        }

        var renamedTeams = new HashSet<int>(_renamedTeams);
        for (var t = 0; t < Math.Max(1, Teams / 100); t++)
        {
            renamedTeams.Add(random.Next(Teams));
        }

        return new SyntheticTenant(people, Roles, _teamLeads, renamedTeams);
    }

    /// <summary>The HR snapshot, in a seeded random order (a source promises no order).</summary>
    /// <remarks>
    /// The records are made in that order, as a reader makes them page by page, so each lies next to its own strings
    /// and the one before it. Shuffling them after making them (as this did before December 2026) made every record a
    /// random memory access, which no source produces; the two sides still come in unrelated orders.
    /// </remarks>
    public HrisSnapshot Snapshot(int seed)
    {
        var people = People.ToArray();
        new Random(seed).Shuffle(people);
        var employees = people.Select(Employee).ToArray();
        return new HrisSnapshot(employees, Created);
    }

    /// <summary>
    /// What Teammeter holds once this organisation has been synced and invited: every active person as a linked
    /// user, the teams and roles, plus one hand-made (unlinked) coach account per 200 people. Seeded random order,
    /// in which the users are made, as a host makes them row by row (see <see cref="Snapshot"/>).
    /// </summary>
    public TeammeterState SyncedState(int seed)
    {
        var rows = People
            .Where(p => p.Status == HrisEmploymentStatus.Active && !(p.EndDate <= Today))
            .Select(p => (Func<TeammeterUser>)(() => User(p)))
            .Concat(Enumerable.Range(0, People.Count / 200).Select(c => (Func<TeammeterUser>)(() => Coach(c))))
            .ToArray();
        new Random(seed).Shuffle(rows);
        var users = rows.Select(user => user()).ToArray();
        var teams = Enumerable.Range(0, Teams).Select(t => new TeammeterTeam(TeamId(t), TeamName(t))).ToArray();
        var roles = Enumerable.Range(0, Roles).Select(Title).ToArray();
        return new TeammeterState(TenantId, users, teams, roles, invitationsReleased: true);
    }

    private static int LeadManager(int team, int[] teamLeads)
    {
        if (team == 0)
        {
            return -1;
        }

        // A department's first team lead heads it and reports to the CEO; the other leads report to the head.
        var headTeam = team / TeamsPerDepartment * TeamsPerDepartment;
        return headTeam == team ? teamLeads[0] : teamLeads[headTeam];
    }

    // Every value below is formatted afresh per call: the two sides must not share string instances, or
    // string equality would short-circuit on reference equality and flatter the reconciler.
    private static string Id(int number) => (4_000_000 + number).ToString(CultureInfo.InvariantCulture);

    private static string Email(SyntheticPerson p) =>
        string.Create(CultureInfo.InvariantCulture, $"{FirstNames[p.FirstName].ToLowerInvariant()}.{p.Number}@acme.example");

    private static string Title(int role) =>
        string.Create(CultureInfo.InvariantCulture, $"{Titles[role % Titles.Length]} {(role / Titles.Length) + 1}");

    private static string TeamId(int team) => string.Create(CultureInfo.InvariantCulture, $"team-{team:D5}");

    private string TeamName(int team) => _renamedTeams.Contains(team)
        ? string.Create(CultureInfo.InvariantCulture, $"Team {team + 1} (renamed)")
        : string.Create(CultureInfo.InvariantCulture, $"Team {team + 1}");

    private static string Fresh(string value) => new(value.AsSpan());

    private HrisEmployee Employee(SyntheticPerson p)
    {
        var department = p.Team / TeamsPerDepartment;
        return new HrisEmployee
        {
            EmployeeId = Id(p.Number),
            FirstName = Fresh(FirstNames[p.FirstName]),
            LastName = Fresh(LastNames[p.LastName]),
            Email = Email(p),
            Status = p.Status,
            StartDate = p.StartDate,
            EndDate = p.EndDate,
            Title = Title(p.Role),
            Team = new HrisOrgUnit(TeamId(p.Team), TeamName(p.Team)),
            Department = new HrisOrgUnit(
                string.Create(CultureInfo.InvariantCulture, $"dept-{department:D4}"),
                string.Create(CultureInfo.InvariantCulture, $"Department {department + 1}")),
            ManagerId = p.Manager < 0 ? null : Id(p.Manager),
            EmployeeNumber = string.Create(CultureInfo.InvariantCulture, $"E{p.Number:D6}"),
            CreatedAt = Created,
            UpdatedAt = Created,
        };
    }

    private static TeammeterUser User(SyntheticPerson p) => new()
    {
        EmployeeId = Id(p.Number),
        Email = Email(p),
        FirstName = Fresh(FirstNames[p.FirstName]),
        LastName = Fresh(LastNames[p.LastName]),
        IsActive = true,
        TeamId = TeamId(p.Team),
        SyncedRole = Title(p.Role),
        ManagerId = p.Manager < 0 ? null : Id(p.Manager),
        IsInvited = true,
    };

    private static TeammeterUser Coach(int number) => new()
    {
        Email = string.Create(CultureInfo.InvariantCulture, $"coach.{number}@acme.example"),
        FirstName = "Coach",
        LastName = string.Create(CultureInfo.InvariantCulture, $"C{number}"),
        IsInvited = true,
    };
}
