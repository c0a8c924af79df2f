using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using RichardSzalay.MockHttp;
using Teammeter.Hris.Apideck;
using Teammeter.Hris.Tests.Apideck.Helpers;
using static Teammeter.Hris.Tests.Apideck.Helpers.ApideckFixtures;

namespace Teammeter.Hris.Tests.Apideck;

public sealed class ApideckHrisSourceTests
{
    [Fact]
    public async Task ReadSnapshotAsync_DeletedRecord_IsDropped()
    {
        using var host = new ApideckTestHost();
        var deleted = Employee("2");
        deleted["deleted"] = true;
        host.Mock.When("*").Respond(_ => Json(Page(null, Employee("1"), deleted, Employee("3"))));

        var snapshot = await host.Source.ReadSnapshotAsync("t1");

        snapshot.Employees.Select(e => e.EmployeeId).Should().Equal("1", "3");
    }

    [Fact]
    public async Task ReadSnapshotAsync_ReadAt_ComesFromTheInjectedTimeProvider()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 4, 3, 2, 1, TimeSpan.Zero));
        using var host = new ApideckTestHost(timeProvider: time);
        host.Mock.When("*").Respond(_ => Json(Page(null, Employee("1"))));

        var snapshot = await host.Source.ReadSnapshotAsync("t1");

        snapshot.ReadAt.Should().Be(time.GetUtcNow());
    }

    [Fact]
    public async Task ReadSnapshotAsync_SameRecordOnTwoPages_IsKeptOnce()
    {
        using var host = new ApideckTestHost(o => o.PageSize = 2);
        var queue = new ResponseQueue()
            .Then(() => Json(Page("c2", Employee("1"), Employee("2"))))
            .Then(() => Json(Page(null, Employee("2"), Employee("3"))));
        host.Mock.When("*").Respond(queue.RespondAsync);

        var snapshot = await host.Source.ReadSnapshotAsync("t1");

        snapshot.Employees.Select(e => e.EmployeeId).Should().Equal("1", "2", "3");
    }

    [Fact]
    public async Task ReadSnapshotAsync_SameIdWithDifferentData_KeepsBothForTheDuplicateRule()
    {
        using var host = new ApideckTestHost(o => o.PageSize = 2);
        var changed = Employee("2");
        changed["title"] = "Manager";
        var queue = new ResponseQueue()
            .Then(() => Json(Page("c2", Employee("1"), Employee("2"))))
            .Then(() => Json(Page(null, changed)));
        host.Mock.When("*").Respond(queue.RespondAsync);

        var snapshot = await host.Source.ReadSnapshotAsync("t1");

        snapshot.Employees.Select(e => e.EmployeeId).Should().Equal("1", "2", "2");
        snapshot.Employees.Select(e => e.Title).Should().Equal("Engineer", "Engineer", "Manager");
    }

    [Fact]
    public async Task ReadSnapshotAsync_NoEmployeeHasAManager_ReportsManagerMissing()
    {
        using var host = new ApideckTestHost();
        host.Mock.When("*").Respond(_ => Json(Page(null, Employee("1", managerId: null), Employee("2", managerId: null))));

        var snapshot = await host.Source.ReadSnapshotAsync("t1");

        snapshot.MissingFields.Should().Be(HrisFields.Manager);
        snapshot.Employees.Should().HaveCount(2);
    }

    [Fact]
    public async Task ReadSnapshotAsync_SnapshotTimeoutElapses_ThrowsSourceExceptionNotCancellation()
    {
        var time = new FakeTimeProvider();
        using var host = new ApideckTestHost(
            o =>
            {
                o.SnapshotTimeout = TimeSpan.FromMinutes(1);
                o.AttemptTimeout = o.RequestTimeout = TimeSpan.FromMinutes(10);
            },
            time,
            new StallingHandler());

        var read = host.Source.ReadSnapshotAsync("t1");
        time.Advance(TimeSpan.FromMinutes(2));
        var act = () => read;

        (await act.Should().ThrowAsync<HrisSourceException>()).WithMessage("*SnapshotTimeout*nothing was synced*");
    }

    [Fact]
    public async Task ReadSnapshotAsync_DepartmentsEndpointOff_NeverCallsIt()
    {
        using var host = new ApideckTestHost();
        var queue = new ResponseQueue().Then(() => Json(Page(null, Employee("1"))));
        host.Mock.When("*").Respond(queue.RespondAsync);

        await host.Source.ReadSnapshotAsync("t1");

        queue.Requests.Should().ContainSingle().Which.Uri.AbsolutePath.Should().Be("/hris/employees");
    }

    [Fact]
    public async Task ReadSnapshotAsync_DepartmentsEndpointOn_NamesDepartmentsKnownOnlyById()
    {
        using var host = new ApideckTestHost(o => o.ReadDepartmentsEndpoint = true);
        var byIdOnly = Employee("1");
        byIdOnly["department_name"] = null;
        host.Mock.When(ApideckFixtures.EmployeesUrl).Respond(_ => Json(Page(null, byIdOnly, Employee("2"))));
        host.Mock.When(ApideckFixtures.BaseAddress + "/hris/departments").WithQueryString("fields", "id,name")
            .Respond(_ => Json(DepartmentsPage(("d-1", "Research"))));

        var snapshot = await host.Source.ReadSnapshotAsync("t1");

        snapshot.Employees.Select(e => e.Department).Should().Equal(new HrisOrgUnit("d-1", "Research"), new HrisOrgUnit("d-1", "Engineering"));
    }

    [Fact]
    public async Task ReadSnapshotAsync_DepartmentsEndpointUnsupported_FailsOnceAsConfigurationError()
    {
        using var host = new ApideckTestHost(o => o.ReadDepartmentsEndpoint = true);
        host.Mock.When(ApideckFixtures.EmployeesUrl).Respond(_ => Json(Page(null, Employee("1"))));
        var departments = host.Mock.When(ApideckFixtures.BaseAddress + "/hris/departments")
            .Respond(_ => Json(Error(501, "UnsupportedOperationError"), HttpStatusCode.NotImplemented));

        var act = () => host.Source.ReadSnapshotAsync("t1");

        var thrown = (await act.Should().ThrowAsync<HrisSourceException>()).Which;
        thrown.StatusCode.Should().Be(501);
        thrown.Message.Should().Contain("configuration error").And.Contain("ReadDepartmentsEndpoint");
        host.Mock.GetMatchCount(departments).Should().Be(1);
    }

    private static string DepartmentsPage(params (string Id, string Name)[] departments) => new JsonObject
    {
        ["status_code"] = 200,
        ["status"] = "OK",
        ["data"] = new JsonArray(departments.Select(d => (JsonNode)new JsonObject { ["id"] = d.Id, ["name"] = d.Name }).ToArray()),
        ["meta"] = new JsonObject { ["cursors"] = new JsonObject { ["next"] = null } },
    }.ToJsonString();

    [Fact]
    public async Task ReadSnapshotForScopeAsync_WithoutScope_KeepsTheFieldsNarrow()
    {
        using var host = new ApideckTestHost();
        var queue = new ResponseQueue().Then(() => Json(Page(null, Employee("1"))));
        host.Mock.When("*").Respond(queue.RespondAsync);

        await host.Source.ReadSnapshotForScopeAsync("t1", new SyncScope { ExcludeDepartments = ["d-1"] }, CancellationToken.None);

        queue.Requests.Single().Query("fields").Should().Be(ApideckEmployeeFields.QueryValue, "departments are read anyway");
    }

    [Fact]
    public async Task ReadSnapshotForScopeAsync_ScopeOnTypeCompanyAndAttribute_RequestsThemAndKeepsOnlyTheAttribute()
    {
        using var host = new ApideckTestHost();
        var contractor = Employee("1");
        contractor["employment_role"] = new JsonObject { ["type"] = "contractor", ["sub_type"] = "full_time" };
        contractor["company_id"] = "c-2";
        contractor["custom_fields"] = new JsonArray(
            new JsonObject { ["id"] = "dynamic_1", ["name"] = "Exclude from Teammeter", ["value"] = true },
            new JsonObject { ["id"] = "dynamic_2", ["name"] = "Shoe size", ["value"] = 44 });
        var queue = new ResponseQueue().Then(() => Json(Page(null, contractor)));
        host.Mock.When("*").Respond(queue.RespondAsync);
        var scope = new SyncScope { ExcludeEmploymentTypes = ["contractor"], OnlyCompanies = ["c-1"], ExclusionAttribute = "exclude from teammeter" };

        var snapshot = await host.Source.ReadSnapshotForScopeAsync("t1", scope, CancellationToken.None);

        queue.Requests.Single().Query("fields").Should().Be(
            ApideckEmployeeFields.QueryValue + ",employment_role.type,company_id,custom_fields.id,custom_fields.name,custom_fields.value");
        var employee = snapshot.Employees.Single();
        employee.EmploymentType.Should().Be(HrisEmploymentType.Contractor);
        employee.CompanyId.Should().Be("c-2");
        employee.CustomAttributes.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, string?>("exclude from teammeter", "true"), "only the scope's attribute is kept");
    }
}
