using System.Text.Json.Nodes;
using RichardSzalay.MockHttp;
using Teammeter.Hris.Apideck;
using Teammeter.Hris.Tests.Apideck.Helpers;
using static Teammeter.Hris.Tests.Apideck.Helpers.ApideckFixtures;

namespace Teammeter.Hris.Tests.Apideck.Contract;

/// <summary>
/// The requests the client sends and the fixtures the tests serve, checked against Apideck's own OpenAPI documents,
/// so the unit tests cannot drift into a private dialect of the API.
/// </summary>
public sealed class ApideckContractTests
{
    private const string EmployeesPath = "/hris/employees";
    private const string ConnectionPath = "/vault/connections/{unified_api}/{service_id}";

    private static YamlOutline Hris => ApideckSpecs.Hris;

    private static YamlOutline Vault => ApideckSpecs.Vault;

    [SpecFact]
    public async Task EmployeesRequest_PathQueryAndHeaders_AreDeclaredBySpec()
    {
        var request = await CaptureEmployeesRequestAsync();

        Hris.Find("paths", EmployeesPath, "get").Should().NotBeNull();
        var queryNames = SpecConformance.ParameterNames(Hris, EmployeesPath, "get", "query");
        request.QueryNames.Should().NotBeEmpty().And.OnlyContain(name => queryNames.Contains(name));
        var headerNames = SpecConformance.ParameterNames(Hris, EmployeesPath, "get", "header");
        request.Headers.Keys.Where(k => k.StartsWith("x-apideck-", StringComparison.OrdinalIgnoreCase))
            .Should().HaveCount(3).And.OnlyContain(k => headerNames.Contains(k, StringComparer.OrdinalIgnoreCase));
        request.Headers.Should().ContainKey(Hris.Value(Hris.Find("components", "securitySchemes", "apiKey", "name")!.Value)!);
    }

    [SpecFact]
    public async Task EmployeesRequest_Limit_IsWithinSpecMaximum()
    {
        var request = await CaptureEmployeesRequestAsync();

        var maximum = int.Parse(Hris.Value(Hris.Find("components", "parameters", "limit", "schema", "maximum")!.Value)!, System.Globalization.CultureInfo.InvariantCulture);
        int.Parse(request.Query("limit")!, System.Globalization.CultureInfo.InvariantCulture).Should().Be(maximum, "the fewest requests read the whole organisation");
    }

    [SpecFact]
    public void EmployeeFields_EveryRequestedField_IsAnEmployeeProperty()
    {
        var employee = Hris.Find("components", "schemas", "Employee")!.Value;

        ApideckEmployeeFields.All.Should().OnlyContain(field => SpecConformance.HasField(Hris, employee, field));
    }

    [SpecFact]
    public void EmployeeFields_UnknownField_IsRejectedByTheCheck()
    {
        var employee = Hris.Find("components", "schemas", "Employee")!.Value;

        SpecConformance.HasField(Hris, employee, "jobs.salary_band").Should().BeFalse();
        SpecConformance.HasField(Hris, employee, "manager.id").Should().BeTrue();
    }

    [SpecFact]
    public void EmployeesPageFixture_ConformsToGetEmployeesResponse()
    {
        var deleted = Employee("2");
        deleted["deleted"] = true;
        deleted["employment_status"] = "terminated";
        var page = JsonNode.Parse(Page("next-cursor", Employee("1"), deleted, Employee("3", managerId: null)));

        var problems = SpecConformance.Check(Hris, page, Hris.Find("components", "schemas", "GetEmployeesResponse")!.Value, "$");

        problems.Should().BeEmpty();
    }

    [SpecFact]
    public void Conformance_FixtureWithInventedFieldAndEnumValue_IsReported()
    {
        var employee = Employee("1");
        employee["favourite_colour"] = "blue";
        employee["employment_status"] = "on_leave";
        employee["emails"]!.AsArray().Add(new JsonObject { ["email"] = "x@example.com", ["type"] = "mobile" });
        employee["team"]!.AsObject().Add("lead", "someone");

        var problems = SpecConformance.Check(Hris, JsonNode.Parse(Page(null, employee)), Hris.Find("components", "schemas", "GetEmployeesResponse")!.Value, "$");

        problems.Should().BeEquivalentTo(
            "$.data[0].favourite_colour is not in the spec",
            "$.data[0].employment_status = 'on_leave' is not in the spec's enum",
            "$.data[0].emails[2].type = 'mobile' is not in the spec's enum",
            "$.data[0].team.lead is not in the spec");
    }

    [SpecFact]
    public void EmploymentStatusEnum_IsExactlyWhatTheMapperKnows()
    {
        var statuses = Hris.Items(Hris.Find("components", "schemas", "EmploymentStatus", "enum")!.Value);

        statuses.Should().BeEquivalentTo("active", "inactive", "terminated", "other");
        statuses.Select(ApideckEmployeeMapper.ParseStatus).Should().OnlyHaveUniqueItems();
    }

    [SpecFact]
    public void EmailTypes_PreferredByTheMapper_AreSpecEnumValues()
    {
        var types = Hris.Items(Hris.Find("components", "schemas", "Email", "properties", "type", "enum")!.Value);

        types.Should().Contain(["work", "primary"]);
    }

    [SpecFact]
    public void ErrorFixture_ConformsToEveryErrorResponseTheClientMaps()
    {
        foreach (var (schema, status, type) in new[]
        {
            ("UnauthorizedResponse", 401, "UnauthorizedError"),
            ("PaymentRequiredResponse", 402, "RequestLimitError"),
            ("NotFoundResponse", 404, "ConnectionNotFoundError"),
            ("UnprocessableResponse", 422, "InvalidCursorError"),
            ("TooManyRequestsResponse", 429, "ConnectorRateLimitError"),
            ("NotImplementedResponse", 501, "UnsupportedOperationError"),
            ("BadRequestResponse", 400, "RequestValidationError"),
        })
        {
            var error = JsonNode.Parse(Error(status, type))!.AsObject();
            error.Remove("detail");
            SpecConformance.Check(Hris, error, Hris.Find("components", "schemas", schema)!.Value, schema).Should().BeEmpty();
        }
    }

    [SpecFact]
    public void ErrorSchemas_CarryTheFieldsTheClientReads()
    {
        var keys = Hris.Keys(Hris.Find("components", "schemas", "UnauthorizedResponse", "properties")!.Value);

        keys.Should().Contain(["status_code", "error", "type_name", "message", "detail", "ref"]);
    }

    [SpecFact]
    public async Task SessionRequest_BodyPathAndHeaders_ConformToSpec()
    {
        using var host = new ApideckTestHost();
        var queue = new ResponseQueue().Then(() => Json(ApideckConnectionsTests.SessionResponse()));
        host.Mock.When("*").Respond(queue.RespondAsync);
        await host.Connections.CreateSetupLinkAsync("t1", new HrisSetupLinkRequest
        {
            OrganisationName = "Acme",
            UserName = "Admin",
            UserEmail = "admin@acme.example",
            RedirectUri = new Uri("https://app.example/done"),
        });
        var request = queue.Requests.Single();

        Vault.Find("paths", "/vault/sessions", "post").Should().NotBeNull();
        var headerNames = SpecConformance.ParameterNames(Vault, "/vault/sessions", "post", "header");
        request.Headers.Keys.Where(k => k.StartsWith("x-apideck-", StringComparison.OrdinalIgnoreCase))
            .Should().HaveCount(2).And.OnlyContain(k => headerNames.Contains(k, StringComparer.OrdinalIgnoreCase));
        SpecConformance.Check(Vault, JsonNode.Parse(request.Body!), Vault.Find("components", "schemas", "Session")!.Value, "$").Should().BeEmpty();
        var response = JsonNode.Parse(ApideckConnectionsTests.SessionResponse());
        SpecConformance.Check(Vault, response, Vault.Find("components", "schemas", "CreateSessionResponse")!.Value, "$").Should().BeEmpty();
    }

    [SpecFact]
    public async Task ConnectionRequest_PathAndFixture_ConformToSpec()
    {
        using var host = new ApideckTestHost();
        var queue = new ResponseQueue()
            .Then(() => Json(ApideckConnectionsTests.ConnectionResponse("callable", enabled: true)))
            .Then(() => Json(Page(null, Employee("1"))));
        host.Mock.When("*").Respond(queue.RespondAsync);
        await host.Connections.GetStatusAsync("t1");
        var request = queue.Requests[0];

        Vault.Find("paths", ConnectionPath, "get").Should().NotBeNull();
        SpecConformance.ParameterNames(Vault, ConnectionPath, "get", "path").Should().BeEquivalentTo("unified_api", "service_id");
        request.Uri.AbsolutePath.Should().Be("/vault/connections/hris/personio");
        var apis = Vault.Items(Vault.Find("components", "schemas", "UnifiedApiId", "enum")!.Value);
        apis.Should().Contain("hris");
        var headerNames = SpecConformance.ParameterNames(Vault, ConnectionPath, "get", "header");
        request.Headers.Keys.Where(k => k.StartsWith("x-apideck-", StringComparison.OrdinalIgnoreCase))
            .Should().OnlyContain(k => headerNames.Contains(k, StringComparer.OrdinalIgnoreCase));
        var fixture = JsonNode.Parse(ApideckConnectionsTests.ConnectionResponse("callable", enabled: true));
        SpecConformance.Check(Vault, fixture, Vault.Find("components", "schemas", "GetConnectionResponse")!.Value, "$").Should().BeEmpty();
    }

    [SpecFact]
    public void ConnectionStates_TestedByTheStatusTests_AreExactlyTheSpecEnum()
    {
        var states = Vault.Items(Vault.Find("components", "schemas", "ConnectionState", "enum")!.Value);

        states.Should().BeEquivalentTo("available", "callable", "added", "authorized", "invalid");
        states.Should().Contain(HrisConnectionStatus.CallableState);
    }

    private static async Task<RecordedRequest> CaptureEmployeesRequestAsync()
    {
        using var host = new ApideckTestHost();
        var queue = new ResponseQueue()
            .Then(() => Json(Page("c2", Employee("1"))))
            .Then(() => Json(Page(null, Employee("2"))));
        host.Mock.When("*").Respond(queue.RespondAsync);
        await host.Source.ReadSnapshotAsync("t1");
        return queue.Requests[1];
    }
}
