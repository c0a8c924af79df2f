using Teammeter.Hris.Sample.ApideckServer;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>The embedded server's stand-ins for issue 16's cases: another company's organisation, a recycled email, a vanished record.</summary>
public sealed class DemoIncidentsTests : ApideckServerTestBase
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void SisterOrganisation_Create_SharesNoIdTeamCompanyOrEmailWithNorthwind()
    {
        var northwind = DemoOrganisation.Create(Today);

        var sister = SisterOrganisation.Create(Today);

        sister.Should().HaveCount(northwind.Count);
        sister.Select(e => e.Id).Should().OnlyHaveUniqueItems().And.NotIntersectWith(northwind.Select(e => e.Id));
        sister.Select(e => e.TeamId).Should().NotIntersectWith(northwind.Select(e => e.TeamId));
        sister.Select(e => e.CompanyId).Should().NotIntersectWith(northwind.Select(e => e.CompanyId));
        sister.SelectMany(e => e.Emails).Select(e => e.Email).Should().NotIntersectWith(northwind.SelectMany(e => e.Emails).Select(e => e.Email))
            .And.OnlyContain(e => e.EndsWith("@" + SisterOrganisation.EmailDomain, StringComparison.Ordinal));
        sister.Where(e => e.ManagerId is not null).Select(e => e.ManagerId).Should().NotIntersectWith(northwind.Select(e => e.Id), "managers are the sister's own people");
        SisterOrganisation.Create(Today).Should().BeEquivalentTo(sister, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task ServeAs_OtherConsumer_AnswersHrisCallsWithItsOrganisationUntilStopped()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        Server.Tenants.Add("fabrikam", SisterOrganisation.Create(Today));

        Server.Tenants.ServeAs(Tenant, "fabrikam");
        var (_, misrouted) = await GetAsync("/hris/employees?limit=1&fields=id");
        Server.Tenants.StopServingAs(Tenant);
        var (_, own) = await GetAsync("/hris/employees?limit=1&fields=id");

        misrouted.GetProperty("data")[0].GetProperty("id").GetString().Should().Be("2001");
        own.GetProperty("data")[0].GetProperty("id").GetString().Should().Be(DemoOrganisation.CeoId);
        var serveUnknown = () => Server.Tenants.ServeAs(Tenant, "nobody");
        serveUnknown.Should().Throw<KeyNotFoundException>().WithMessage("*nobody*");
    }

    [Fact]
    public void HireWithRecycledEmail_Leaver_AddsANewIdWithTheLeaversAddress()
    {
        var tenant = Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        var leaver = tenant.Find("1062")!;

        var hire = DemoIncidents.HireWithRecycledEmail(tenant, "1062", Today);

        hire.Id.Should().Be(DemoIncidents.RecycledEmailHireId);
        tenant.Find(hire.Id)!.Emails.Should().Equal(leaver.Emails);
        tenant.Find(hire.Id)!.Should().Match<ApideckEmployee>(e => e.StartDate == Today && e.EndDate == null && e.EmploymentStatus == "active");
        tenant.Find("1062").Should().Be(leaver, "the leaver's record stays");
    }

    [Fact]
    public void VanishRecord_Employee_RemovesItWithoutATermination()
    {
        var tenant = Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));

        DemoIncidents.VanishRecord(tenant, "1062");

        tenant.Find("1062").Should().BeNull();
        var again = () => DemoIncidents.VanishRecord(tenant, "1062");
        again.Should().Throw<KeyNotFoundException>();
    }
}
