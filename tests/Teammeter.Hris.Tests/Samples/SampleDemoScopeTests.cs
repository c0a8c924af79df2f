using Teammeter.Hris.Sample.ApideckServer;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>
/// The demo organisation's out-of-scope people (a contractor, the sister legal entity Northwind Labs, a person marked
/// "Exclude from Teammeter") through the command line's scope options, as the demo's scope leaves them out.
/// </summary>
public sealed class SampleDemoScopeTests : SampleCommandLineTests
{
    private static readonly string[] DemoScope =
    [
        "--exclude-employment-types", "contractor",
        "--only-companies", DemoOrganisation.MainCompanyId,
        "--exclusion-attribute", DemoOrganisation.ExclusionAttribute,
    ];

    private static readonly string[] LeftOut = [DemoOrganisation.ContractorId, .. DemoOrganisation.LabsIds, DemoOrganisation.ExcludedByAttributeId];

    [Fact]
    public void Create_DemoOrganisation_HasExactlyTheOutOfScopePeopleTheDemoNames()
    {
        var people = DemoOrganisation.Create(Today);

        people.Where(e => e.EmploymentType != "employee").Select(e => e.Id).Should().Equal(DemoOrganisation.ContractorId);
        people.Single(e => e.Id == DemoOrganisation.ContractorId).EmploymentType.Should().Be("contractor");
        people.Where(e => e.CompanyId != DemoOrganisation.MainCompanyId).Select(e => e.Id).Should().Equal(DemoOrganisation.LabsIds);
        people.Where(e => e.CompanyId == DemoOrganisation.LabsCompanyId).Should().HaveCount(DemoOrganisation.LabsIds.Count);
        people.Should().OnlyContain(e => e.CustomFields.Count == 1 && e.CustomFields[0].Key == DemoOrganisation.ExclusionAttribute);
        people.Where(e => e.CustomFields[0].Value == "true").Select(e => e.Id).Should().Equal(DemoOrganisation.ExcludedByAttributeId);
    }

    [Fact]
    public async Task RunAsync_PlanWithTheDemoScope_LeavesOutExactlyTheContractorTheSisterCompanyAndTheMarkedPerson()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        var everyone = await RunOkAsync("plan", Today);

        var plan = await RunOkAsync("plan", Today, DemoScope);

        Operations(plan).Select(o => o.EmployeeId).Should().NotIntersectWith(LeftOut);
        Operations(everyone).Should().Contain(LeftOut.Select(id => ((string?)"CreateUser", (string?)id)), "without the scope they are ordinary employees");
        plan.GetProperty("counts").GetProperty("CreateUser").GetInt32()
            .Should().Be(everyone.GetProperty("counts").GetProperty("CreateUser").GetInt32() - LeftOut.Length);
        plan.GetProperty("counts").GetProperty("Excluded").GetInt32().Should().Be(5);
        var excluded = plan.GetProperty("excluded");
        excluded.GetProperty("EmploymentType").GetInt32().Should().Be(1);
        excluded.GetProperty("Company").GetInt32().Should().Be(3);
        excluded.GetProperty("ExclusionAttribute").GetInt32().Should().Be(1);
        excluded.EnumerateObject().Should().HaveCount(3);
        plan.GetProperty("operations").EnumerateArray().Select(o => o.TryGetProperty("teamId", out var team) ? team.GetString() : null)
            .Should().NotContain("t-labs", "Northwind Labs' team has nobody in scope");
        Warnings(plan, "ScopeAttributeMissing").Should().BeEmpty();
        Warnings(plan, "OutOfScope").Should().BeEmpty("none of them was synced before");
    }

    [Fact]
    public async Task RunAsync_SyncAndReleaseWithTheDemoScope_NoneOfTheLeftOutGetsAUserOrAnInvitation()
    {
        var personio = Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        var addresses = LeftOut.Select(id => personio.Find(id)!.Emails.Single().Email).ToList();

        var sync = await RunOkAsync("sync", Today, DemoScope);
        var release = await RunOkAsync("release-invitations", Today, DemoScope);

        sync.GetProperty("applied").GetBoolean().Should().BeTrue();
        release.GetProperty("sent").GetInt32().Should().BePositive();
        var users = (await LoadAsync()).Users;
        users.Should().HaveCount(sync.GetProperty("counts").GetProperty("CreateUser").GetInt32());
        users.Select(u => u.Email).Should().NotIntersectWith(addresses);
        Recipients().Should().HaveCount(release.GetProperty("sent").GetInt32()).And.NotIntersectWith(addresses);
    }
}
