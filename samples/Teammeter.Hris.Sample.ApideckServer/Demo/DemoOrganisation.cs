using System.Globalization;
using System.Text;

namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>
/// "Northwind", a deterministic 65-person Personio account with the cases a real company has: people without
/// email, a future starter, someone on leave, a leaver, a four-level manager chain, a shared email, an unknown
/// manager id and inconsistently typed position titles; and the people a tenant's scope keeps out of Teammeter: a
/// contractor, a second legal entity (Northwind Labs) in the same account, and someone HR marked with the exclusion
/// attribute.
/// </summary>
public static class DemoOrganisation
{
    /// <summary>The demo's default "today".</summary>
    public static readonly DateOnly DefaultToday = new(2026, 11, 25);

    /// <summary>The domain of the demo's work emails.</summary>
    public const string EmailDomain = "northwind.example";

    /// <summary>The CEO, top of the manager chain.</summary>
    public const string CeoId = "1001";

    /// <summary>The VP under the CEO in the four-level chain.</summary>
    public const string VpEngineeringId = "1002";

    /// <summary>The team lead under the VP in the four-level chain.</summary>
    public const string PlatformLeadId = "1010";

    /// <summary>The engineer at the bottom of the chain CEO → VP → lead → engineer.</summary>
    public const string ChainEngineerId = "1012";

    /// <summary>Starts three weeks after "today".</summary>
    public const string FutureStarterId = "1025";

    /// <summary>On leave: <c>employment_status</c> is <c>inactive</c>.</summary>
    public const string OnLeaveId = "1032";

    /// <summary>Left a month before "today" (<c>terminated</c>, past end date).</summary>
    public const string LeaverId = "1064";

    /// <summary>Leaves 45 days after "today": still active.</summary>
    public const string NoticePeriodId = "1092";

    /// <summary>Reports to a manager id that no employee has.</summary>
    public const string UnknownManagerEmployeeId = "1074";

    /// <summary>The manager id no employee has.</summary>
    public const string UnknownManagerId = "9999";

    /// <summary>The email two employees share.</summary>
    public const string DuplicateEmail = "a.schmidt@" + EmailDomain;

    /// <summary>The two employees sharing <see cref="DuplicateEmail"/>.</summary>
    public static IReadOnlyList<string> DuplicateEmailIds { get; } = ["1060", "1061"];

    /// <summary>Employees without any email.</summary>
    public static IReadOnlyList<string> NoEmailIds { get; } = ["1082", "1083"];

    /// <summary>The <c>company_id</c> (Personio's legal entity) of everyone but the sister company's people: Northwind GmbH.</summary>
    public const string MainCompanyId = "nw-gmbh";

    /// <summary>
    /// The <c>company_id</c> of Northwind Labs, a small second legal entity in the same Personio account (unlike
    /// <see cref="SisterOrganisation"/>, which has its own account).
    /// </summary>
    public const string LabsCompanyId = "nw-labs";

    /// <summary>The people of <see cref="LabsCompanyId"/>, in their own team <c>t-labs</c> under the CEO.</summary>
    public static IReadOnlyList<string> LabsIds { get; } = ["1120", "1121", "1122"];

    /// <summary>The contractor: <c>employment_role.type</c> is <c>contractor</c> (everyone else is an <c>employee</c>).</summary>
    public const string ContractorId = "1018";

    /// <summary>
    /// The name of the Personio custom attribute (a checkbox) HR ticks to keep someone out of Teammeter, as
    /// docs/personio-setup.md suggests; everyone carries it in <c>custom_fields</c>, unticked but for one person.
    /// </summary>
    public const string ExclusionAttribute = "Exclude from Teammeter";

    /// <summary>The person whose <see cref="ExclusionAttribute"/> is ticked.</summary>
    public const string ExcludedByAttributeId = "1085";

    /// <summary>Creates the organisation as it is on <paramref name="today"/>.</summary>
    /// <param name="today">The demo's "today"; start and end dates are relative to it.</param>
    /// <returns>The employees, in id order.</returns>
    public static IReadOnlyList<ApideckEmployee> Create(DateOnly today)
    {
        var people = new List<ApideckEmployee>(Rows.Length);
        foreach (var row in Rows)
        {
            people.Add(CreateEmployee(row));
        }

        return people
            .Select(e => e.Id switch
            {
                FutureStarterId => e with { StartDate = today.AddDays(21) },
                OnLeaveId => e with { EmploymentStatus = "inactive" },
                LeaverId => e with { EmploymentStatus = "terminated", EndDate = today.AddDays(-30) },
                NoticePeriodId => e with { EndDate = today.AddDays(45) },
                "1060" or "1061" => e with { Emails = [new ApideckEmail(DuplicateEmail, "work")] },
                "1082" or "1083" => e with { Emails = [] },
                // Someone whose personal address comes first: a source must prefer the work one.
                "1013" => e with { Emails = [new ApideckEmail("mei.chen.home@mail.example", "personal"), .. e.Emails] },
                // Someone whose only address is typed "primary".
                "1041" => e with { Emails = [new ApideckEmail(e.Emails[0].Email, "primary")] },
                ContractorId => e with { EmploymentType = "contractor" },
                ExcludedByAttributeId => e with { CustomFields = [new(ExclusionAttribute, "true")] },
                _ when LabsIds.Contains(e.Id) => e with { CompanyId = LabsCompanyId },
                _ => e,
            })
            .ToList();
    }

    /// <summary>
    /// The next day at Northwind: a hire who starts <paramref name="today"/>, a leaver whose last day is
    /// <paramref name="today"/>, a team rename and a promotion with a new manager.
    /// </summary>
    /// <param name="tenant">The tenant holding the demo organisation.</param>
    /// <param name="today">The new day.</param>
    /// <returns>What changed.</returns>
    public static DemoNextDay ApplyNextDay(ApideckTenant tenant, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var changes = new DemoNextDay(
            HireId: "1100",
            LeaverId: "1062",
            RenamedTeamId: "t-web",
            NewTeamName: "Web Experience",
            PromotedId: "1013",
            NewTitle: "Engineering Lead",
            NewManagerId: VpEngineeringId);
        var changedAt = today.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc);

        tenant.Upsert(CreateEmployee(new Row("1100", "Kai", "Lehmann", "Frontend Engineer", "t-web", "1020")) with
        {
            StartDate = today,
            CreatedAt = changedAt,
            UpdatedAt = changedAt,
        });
        tenant.Update(changes.LeaverId, e => e with { EndDate = today, UpdatedAt = changedAt });
        tenant.UpdateWhere(e => e.TeamId == changes.RenamedTeamId, e => e with { TeamName = changes.NewTeamName, UpdatedAt = changedAt });
        tenant.Update(changes.PromotedId, e => e with { Title = changes.NewTitle, ManagerId = changes.NewManagerId, UpdatedAt = changedAt });
        return changes;
    }

    private static ApideckEmployee CreateEmployee(Row row)
    {
        var (teamName, departmentId, departmentName) = Teams[row.TeamId];
        var number = int.Parse(row.Id, CultureInfo.InvariantCulture);
        var created = new DateTimeOffset(2024, 1, 15, 9, 0, 0, TimeSpan.Zero).AddMinutes(number);
        return new ApideckEmployee
        {
            Id = row.Id,
            FirstName = row.FirstName,
            LastName = row.LastName,
            Emails = [new ApideckEmail($"{Fold(row.FirstName)}.{Fold(row.LastName)}@{EmailDomain}", "work")],
            EmploymentStatus = "active",
            StartDate = new DateOnly(2018, 3, 1).AddDays(number * 37 % 2400),
            Title = row.Title,
            TeamId = row.TeamId,
            TeamName = teamName,
            DepartmentId = departmentId,
            DepartmentName = departmentName,
            ManagerId = row.ManagerId,
            EmployeeNumber = "P" + row.Id,
            EmploymentType = "employee",
            CompanyId = MainCompanyId,
            CustomFields = [new(ExclusionAttribute, "false")],
            CreatedAt = created,
            UpdatedAt = created,
        };
    }

    // Work emails are ASCII: "Jürgen Müller" → "juergen.mueller", "Łukasz" → "lukasz".
    private static string Fold(string name)
    {
        var builder = new StringBuilder(name.Length + 2);
        foreach (var c in name.ToLowerInvariant())
        {
            builder.Append(c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                'ł' => "l",
                ' ' or '\'' => "",
                _ => c.ToString().Normalize(NormalizationForm.FormD)[..1],
            });
        }

        return builder.ToString();
    }

    private sealed record Row(string Id, string FirstName, string LastName, string Title, string TeamId, string? ManagerId);

    private static readonly Dictionary<string, (string Name, string DepartmentId, string DepartmentName)> Teams = new()
    {
        ["t-leadership"] = ("Leadership", "d-mgmt", "Management"),
        ["t-platform"] = ("Platform", "d-eng", "Engineering"),
        ["t-web"] = ("Web", "d-eng", "Engineering"),
        ["t-mobile"] = ("Mobile", "d-eng", "Engineering"),
        ["t-data"] = ("Data", "d-eng", "Engineering"),
        ["t-product"] = ("Product & Design", "d-prod", "Product"),
        ["t-sales-dach"] = ("Sales DACH", "d-sales", "Sales"),
        ["t-sales-uk"] = ("Sales UK", "d-sales", "Sales"),
        ["t-people"] = ("People & Culture", "d-ops", "Operations"),
        ["t-finance"] = ("Finance", "d-ops", "Operations"),
        ["t-labs"] = ("Labs", "d-labs", "Research"),
    };

    private static readonly Row[] Rows =
    [
        new("1001", "Helena", "Bergmann", "Chief Executive Officer", "t-leadership", null),
        new("1002", "Marco", "Rossi", "VP Engineering", "t-leadership", "1001"),
        new("1003", "Sophie", "Laurent", "VP Sales", "t-leadership", "1001"),
        new("1004", "Jürgen", "Müller", "Head of People", "t-leadership", "1001"),
        new("1005", "Priya", "Natarajan", "Head of Product", "t-leadership", "1001"),
        new("1010", "Tobias", "Keller", "Engineering Lead", "t-platform", "1002"),
        new("1011", "Ana", "García", "Software Engineer", "t-platform", "1010"),
        new("1012", "Lukas", "Weber", "Software Engineer ", "t-platform", "1010"),
        new("1013", "Mei", "Chen", "Senior Software Engineer", "t-platform", "1010"),
        new("1014", "Omar", "Haddad", "software engineer", "t-platform", "1010"),
        new("1015", "Zoë", "Martin", "DevOps Engineer", "t-platform", "1010"),
        new("1016", "Finn", "Schröder", "Site Reliability Engineer", "t-platform", "1010"),
        new("1017", "Rahel", "Tesfaye", "Software  Engineer", "t-platform", "1010"),
        new("1018", "Rafael", "Ortega", "DevOps Engineer", "t-platform", "1010"),
        new("1020", "Clara", "Hoffmann", "Engineering Lead", "t-web", "1002"),
        new("1021", "David", "Novák", "Frontend Engineer", "t-web", "1020"),
        new("1022", "Emma", "Johansson", "Frontend Engineer", "t-web", "1020"),
        new("1023", "Łukasz", "Nowak", "Software Engineer", "t-web", "1020"),
        new("1024", "Grace", "Okafor", "QA Engineer", "t-web", "1020"),
        new("1025", "Hannah", "Klein", "Frontend Engineer", "t-web", "1020"),
        new("1026", "Ivan", "Petrov", "Software Engineer", "t-web", "1020"),
        new("1027", "Stefan", "Ivanov", "Software Engineer", "t-web", "1020"),
        new("1030", "Jonas", "Becker", "Engineering Lead", "t-mobile", "1002"),
        new("1031", "Kira", "Tanaka", "Mobile Engineer", "t-mobile", "1030"),
        new("1032", "Leon", "Wagner", "Mobile Engineer", "t-mobile", "1030"),
        new("1033", "Maya", "Cohen", "Mobile Engineer", "t-mobile", "1030"),
        new("1034", "Nils", "Larsen", "QA Engineer", "t-mobile", "1030"),
        new("1035", "Theo", "Martins", "Mobile Engineer", "t-mobile", "1030"),
        new("1040", "Olivia", "Brown", "Data Lead", "t-data", "1002"),
        new("1041", "Paul", "Fischer", "Data Engineer", "t-data", "1040"),
        new("1042", "Rosa", "Alves", "Data Scientist", "t-data", "1040"),
        new("1043", "Samuel", "Idowu", "Data Analyst", "t-data", "1040"),
        new("1044", "Tara", "Singh", "Data Analyst", "t-data", "1040"),
        new("1045", "Ulla", "Nieminen", "Data Engineer", "t-data", "1040"),
        new("1050", "Uma", "Patel", "Product Manager", "t-product", "1005"),
        new("1051", "Victor", "Dubois", "Product Manager", "t-product", "1005"),
        new("1052", "Wendy", "Li", "Product Designer", "t-product", "1005"),
        new("1053", "Xavier", "Moreau", "UX Researcher", "t-product", "1005"),
        new("1054", "Yara", "Haddad", "Product Designer", "t-product", "1005"),
        new("1055", "Vera", "Costa", "Product Manager", "t-product", "1005"),
        new("1060", "Anna", "Schmidt", "Sales Lead", "t-sales-dach", "1003"),
        new("1061", "Andreas", "Schmidt", "Account Executive", "t-sales-dach", "1060"),
        new("1062", "Bettina", "Graf", "Account Executive", "t-sales-dach", "1060"),
        new("1063", "Christoph", "Huber", "Sales Development Representative", "t-sales-dach", "1060"),
        new("1064", "Dana", "Wolf", "Sales Development Representative", "t-sales-dach", "1060"),
        new("1065", "Wim", "de Vries", "Account Executive", "t-sales-dach", "1060"),
        new("1070", "Edward", "Clarke", "Sales Lead", "t-sales-uk", "1003"),
        new("1071", "Fiona", "Walsh", "Account Executive", "t-sales-uk", "1070"),
        new("1072", "George", "Evans", "Account Executive", "t-sales-uk", "1070"),
        new("1073", "Holly", "Price", "Customer Success Manager", "t-sales-uk", "1070"),
        new("1074", "Ian", "Murphy", "Customer Success Manager", "t-sales-uk", UnknownManagerId),
        new("1075", "Xenia", "Popescu", "Account Executive", "t-sales-uk", "1070"),
        new("1080", "Julia", "Richter", "HR Business Partner", "t-people", "1004"),
        new("1081", "Karim", "Benali", "Recruiter", "t-people", "1004"),
        new("1082", "Lea", "Vogel", "Office Manager", "t-people", "1004"),
        new("1083", "Mohammed", "Al-Sayed", "Working Student", "t-people", "1080"),
        new("1084", "Yusuf", "Demir", "Recruiter", "t-people", "1004"),
        new("1085", "Ines", "Ferreira", "Data Protection Officer", "t-people", "1004"),
        new("1090", "Nora", "Lindqvist", "Finance Manager", "t-finance", "1001"),
        new("1091", "Oskar", "Berg", "Accountant", "t-finance", "1090"),
        new("1092", "Pia", "Hansen", "Accountant", "t-finance", "1090"),
        new("1093", "Quentin", "Roux", "Controller", "t-finance", "1090"),
        new("1120", "Aylin", "Yilmaz", "Head of Labs", "t-labs", "1001"),
        new("1121", "Bruno", "Santos", "Research Engineer", "t-labs", "1120"),
        new("1122", "Chiara", "Bianchi", "Research Engineer", "t-labs", "1120"),
    ];
}
