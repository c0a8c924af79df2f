using System.Net;
using System.Text.Json;
using Teammeter.Hris.Sample.ApideckServer;

namespace Teammeter.Hris.Tests.Samples;

public sealed class FakeApideckServerPagingTests : ApideckServerTestBase
{
    [Fact]
    public async Task Employees_Limit200_PagesThroughEveryEmployeeInCeilNOver200Requests()
    {
        var employees = SyntheticOrganisation.Create(450, seed: 1);
        Server.Tenants.Add(Tenant, employees);
        var ids = new List<string>();
        var itemsOnPage = new List<int>();
        string? cursor = null;
        JsonElement body;
        do
        {
            var query = "/hris/employees?limit=200&fields=id" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
            (_, body) = await GetAsync(query);
            ids.AddRange(body.GetProperty("data").EnumerateArray().Select(e => e.GetProperty("id").GetString()!));
            itemsOnPage.Add(body.GetProperty("meta").GetProperty("items_on_page").GetInt32());
            cursor = body.GetProperty("meta").GetProperty("cursors").GetProperty("next").GetString();
        }
        while (cursor is not null);

        ids.Should().Equal(employees.Select(e => e.Id));
        itemsOnPage.Should().Equal(200, 200, 50);
        body.GetProperty("links").GetProperty("next").ValueKind.Should().Be(JsonValueKind.Null);
        Server.Counters.RequestsFor("/hris/employees").Should().Be(3);
        Server.Counters.BytesSent.Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Employees_Envelope_MatchesGetEmployeesResponse()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday));

        var (response, body) = await GetAsync("/hris/employees?limit=5");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        body.GetProperty("status_code").GetInt32().Should().Be(200);
        body.GetProperty("status").GetString().Should().Be("OK");
        body.GetProperty("service").GetString().Should().Be("personio");
        body.GetProperty("resource").GetString().Should().Be("employees");
        body.GetProperty("operation").GetString().Should().Be("all");
        body.GetProperty("data").GetArrayLength().Should().Be(5);
        var cursors = body.GetProperty("meta").GetProperty("cursors");
        cursors.GetProperty("previous").ValueKind.Should().Be(JsonValueKind.Null);
        cursors.GetProperty("current").GetString().Should().NotBeNullOrEmpty();
        var next = cursors.GetProperty("next").GetString();
        var links = body.GetProperty("links");
        links.GetProperty("current").GetString().Should().StartWith(Server.BaseAddress + "hris/employees?limit=5");
        links.GetProperty("next").GetString().Should().Contain("cursor=" + Uri.EscapeDataString(next!)).And.Contain("limit=5");
    }

    [Fact]
    public async Task Employees_NextLinkFollowed_ReturnsSecondPageWithPreviousCursor()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday));
        var (_, first) = await GetAsync("/hris/employees?limit=10");

        var (_, second) = await GetAsync(first.GetProperty("links").GetProperty("next").GetString()!);

        second.GetProperty("data")[0].GetProperty("id").GetString().Should().Be(DemoOrganisation.Create(DemoOrganisation.DefaultToday)[10].Id);
        second.GetProperty("meta").GetProperty("cursors").GetProperty("previous").GetString().Should().NotBeNull();
    }

    [Fact]
    public async Task Employees_NoLimit_Defaults20()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday));

        var (_, body) = await GetAsync("/hris/employees");

        body.GetProperty("data").GetArrayLength().Should().Be(20);
    }

    [Theory]
    [InlineData("201")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("ten")]
    public async Task Employees_LimitOutOfRange_Returns400RequestValidationError(string limit)
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday));

        var (response, body) = await GetAsync("/hris/employees?limit=" + limit);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body.GetProperty("type_name").GetString().Should().Be("RequestValidationError");
    }

    [Fact]
    public async Task Employees_ForeignCursor_Returns400InvalidCursorError()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday));

        var (response, body) = await GetAsync("/hris/employees?cursor=em9oby1jcm06OnBhZ2U6OjE%3D");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body.GetProperty("type_name").GetString().Should().Be("InvalidCursorError");
    }

    [Fact]
    public async Task Employees_Fields_EmitOnlyTheListedFields()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday));

        var (_, body) = await GetAsync("/hris/employees?limit=200&fields=id,first_name,manager.id");

        foreach (var employee in body.GetProperty("data").EnumerateArray())
        {
            employee.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(["id", "first_name", "manager"]);
            if (employee.GetProperty("manager").ValueKind == JsonValueKind.Object)
            {
                employee.GetProperty("manager").EnumerateObject().Select(p => p.Name).Should().Equal("id");
            }
        }
    }

    [Fact]
    public async Task Employees_FullRecord_HasTheEmployeeSchemaShape()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday));

        var (_, body) = await GetAsync("/hris/employees?limit=200");

        var employee = body.GetProperty("data").EnumerateArray().Single(e => e.GetProperty("id").GetString() == DemoOrganisation.ChainEngineerId);
        employee.GetProperty("first_name").GetString().Should().Be("Lukas");
        employee.GetProperty("last_name").GetString().Should().Be("Weber");
        employee.GetProperty("title").GetString().Should().Be("Software Engineer ");
        employee.GetProperty("employment_status").GetString().Should().Be("active");
        employee.GetProperty("employment_start_date").GetString().Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}$");
        employee.GetProperty("employment_end_date").ValueKind.Should().Be(JsonValueKind.Null);
        employee.GetProperty("team").GetProperty("id").GetString().Should().Be("t-platform");
        employee.GetProperty("team").GetProperty("name").GetString().Should().Be("Platform");
        employee.GetProperty("department_id").GetString().Should().Be("d-eng");
        employee.GetProperty("department_name").GetString().Should().Be("Engineering");
        employee.GetProperty("manager").GetProperty("id").GetString().Should().Be(DemoOrganisation.PlatformLeadId);
        employee.GetProperty("manager").GetProperty("name").GetString().Should().Be("Tobias Keller");
        employee.GetProperty("emails")[0].GetProperty("email").GetString().Should().Be("lukas.weber@northwind.example");
        employee.GetProperty("emails")[0].GetProperty("type").GetString().Should().Be("work");
        employee.GetProperty("jobs")[0].GetProperty("title").GetString().Should().Be("Software Engineer ");
        employee.GetProperty("employee_number").GetString().Should().Be("P1012");
        employee.GetProperty("deleted").GetBoolean().Should().BeFalse();
        employee.GetProperty("updated_at").GetDateTimeOffset().Should().BeAfter(DateTimeOffset.UnixEpoch);

        var unknownManager = body.GetProperty("data").EnumerateArray().Single(e => e.GetProperty("id").GetString() == DemoOrganisation.UnknownManagerEmployeeId);
        unknownManager.GetProperty("manager").GetProperty("id").GetString().Should().Be(DemoOrganisation.UnknownManagerId);
        unknownManager.GetProperty("manager").GetProperty("name").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Employees_TenantChangedBetweenRuns_ServesTheNewData()
    {
        var tenant = Server.Tenants.Add(Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday));
        DemoOrganisation.ApplyNextDay(tenant, DemoOrganisation.DefaultToday.AddDays(1));

        var (_, body) = await GetAsync("/hris/employees?limit=200&fields=id,team");

        body.GetProperty("data").EnumerateArray().Should().Contain(e => e.GetProperty("id").GetString() == "1100");
        body.GetProperty("data").EnumerateArray()
            .Where(e => e.GetProperty("team").GetProperty("id").GetString() == "t-web")
            .Should().OnlyContain(e => e.GetProperty("team").GetProperty("name").GetString() == "Web Experience");
    }

    [Fact]
    public async Task Counters_Reset_ForgetsEverything()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday));
        await GetAsync("/hris/employees");

        Server.Counters.Reset();

        Server.Counters.TotalRequests.Should().Be(0);
        Server.Counters.BytesSent.Should().Be(0);
    }
}
