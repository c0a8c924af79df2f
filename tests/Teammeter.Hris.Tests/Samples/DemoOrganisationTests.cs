using Teammeter.Hris.Sample.ApideckServer;

namespace Teammeter.Hris.Tests.Samples;

public sealed class DemoOrganisationTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private readonly IReadOnlyList<ApideckEmployee> employees = DemoOrganisation.Create(Today);

    private ApideckEmployee Get(string id) => employees.Single(e => e.Id == id);

    [Fact]
    public void Create_About65PeopleInSeveralTeamsAndDepartments()
    {
        employees.Should().HaveCountGreaterThanOrEqualTo(60).And.HaveCountLessThanOrEqualTo(70);
        employees.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        employees.Select(e => e.TeamId).Distinct().Should().HaveCountGreaterThanOrEqualTo(6);
        employees.Select(e => e.DepartmentId).Distinct().Should().HaveCountGreaterThanOrEqualTo(4);
    }

    [Fact]
    public void Create_SameToday_IsDeterministic()
    {
        DemoOrganisation.Create(Today).Should().BeEquivalentTo(employees, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Create_PeopleWithoutEmail_HaveNoEmails()
    {
        DemoOrganisation.NoEmailIds.Should().NotBeEmpty();
        DemoOrganisation.NoEmailIds.Select(Get).Should().OnlyContain(e => e.Emails.Count == 0);
        employees.Where(e => e.Emails.Count == 0).Select(e => e.Id).Should().BeEquivalentTo(DemoOrganisation.NoEmailIds);
    }

    [Fact]
    public void Create_FutureStarter_StartsAfterToday()
    {
        Get(DemoOrganisation.FutureStarterId).StartDate.Should().BeAfter(Today);
        Get(DemoOrganisation.FutureStarterId).EmploymentStatus.Should().Be("active");
        DemoOrganisation.Create(Today.AddDays(100)).Single(e => e.Id == DemoOrganisation.FutureStarterId).StartDate.Should().BeAfter(Today.AddDays(100));
    }

    [Fact]
    public void Create_OnLeave_IsInactive()
    {
        Get(DemoOrganisation.OnLeaveId).EmploymentStatus.Should().Be("inactive");
    }

    [Fact]
    public void Create_Leaver_IsTerminatedWithPastEndDate()
    {
        var leaver = Get(DemoOrganisation.LeaverId);

        leaver.EmploymentStatus.Should().Be("terminated");
        leaver.EndDate.Should().BeBefore(Today);
        Get(DemoOrganisation.NoticePeriodId).EndDate.Should().BeAfter(Today);
    }

    [Fact]
    public void Create_ManagerChain_IsFourLevelsDeep()
    {
        var chain = new List<string>();
        for (var current = Get(DemoOrganisation.ChainEngineerId); ; current = Get(current.ManagerId))
        {
            chain.Add(current.Id);
            if (current.ManagerId is null)
            {
                break;
            }
        }

        chain.Should().Equal(DemoOrganisation.ChainEngineerId, DemoOrganisation.PlatformLeadId, DemoOrganisation.VpEngineeringId, DemoOrganisation.CeoId);
    }

    [Fact]
    public void Create_DuplicateEmail_SharedByExactlyTwo()
    {
        employees.Where(e => e.Emails.Any(m => m.Email == DemoOrganisation.DuplicateEmail)).Select(e => e.Id)
            .Should().BeEquivalentTo(DemoOrganisation.DuplicateEmailIds).And.HaveCount(2);
    }

    [Fact]
    public void Create_UnknownManager_IsNoEmployee()
    {
        Get(DemoOrganisation.UnknownManagerEmployeeId).ManagerId.Should().Be(DemoOrganisation.UnknownManagerId);
        employees.Should().NotContain(e => e.Id == DemoOrganisation.UnknownManagerId);
    }

    [Fact]
    public void Create_Titles_IncludeCaseAndWhitespaceVariantsOfOneRole()
    {
        var variants = employees
            .Select(e => e.Title!)
            .Distinct(StringComparer.Ordinal)
            .GroupBy(t => string.Join(' ', t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant())
            .Where(g => g.Count() > 1)
            .ToList();

        variants.Should().Contain(g => g.Contains("Software Engineer ") && g.Contains("software engineer"));
    }

    [Fact]
    public void Create_EveryOtherManagerId_IsAnEmployee()
    {
        var ids = employees.Select(e => e.Id).ToHashSet();

        employees.Where(e => e.ManagerId is not null && e.ManagerId != DemoOrganisation.UnknownManagerId)
            .Should().OnlyContain(e => ids.Contains(e.ManagerId!));
    }

    [Fact]
    public async Task ApplyNextDay_HireLeaverRenameAndPromotion()
    {
        await using var server = await FakeApideckServer.StartAsync(null, CancellationToken.None);
        var tenant = server.Tenants.Add("northwind", employees);
        var nextDay = Today.AddDays(1);
        var renamedMembers = employees.Count(e => e.TeamId == "t-web");

        var changes = DemoOrganisation.ApplyNextDay(tenant, nextDay);

        tenant.Employees.Should().HaveCount(employees.Count + 1);
        tenant.Find(changes.HireId)!.StartDate.Should().Be(nextDay);
        tenant.Find(changes.HireId)!.Emails.Should().NotBeEmpty();
        tenant.Find(changes.LeaverId)!.EndDate.Should().Be(nextDay);
        tenant.Employees.Where(e => e.TeamId == changes.RenamedTeamId).Should().HaveCount(renamedMembers + 1)
            .And.OnlyContain(e => e.TeamName == changes.NewTeamName);
        tenant.Find(changes.PromotedId)!.Title.Should().Be(changes.NewTitle);
        tenant.Find(changes.PromotedId)!.ManagerId.Should().Be(changes.NewManagerId);
        changes.NewManagerId.Should().NotBe(Get(changes.PromotedId).ManagerId);
    }
}
