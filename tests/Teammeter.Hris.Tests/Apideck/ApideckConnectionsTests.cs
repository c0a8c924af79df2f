using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using RichardSzalay.MockHttp;
using Teammeter.Hris.Apideck;
using Teammeter.Hris.Tests.Apideck.Helpers;
using static Teammeter.Hris.Tests.Apideck.Helpers.ApideckFixtures;

namespace Teammeter.Hris.Tests.Apideck;

public sealed class ApideckConnectionsTests
{
    public const string SessionUri = "https://vault.apideck.com/session/abc.def";

    [Fact]
    public async Task CreateSetupLinkAsync_Request_PostsSpecShapedSessionForTheTenant()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 2, 3, 4, 5, 6, TimeSpan.Zero));
        using var host = new ApideckTestHost(timeProvider: time);
        var queue = new ResponseQueue().Then(() => Json(SessionResponse()));
        host.Mock.When("*").Respond(queue.RespondAsync);

        var link = await host.Connections.CreateSetupLinkAsync("tenant-7", new HrisSetupLinkRequest
        {
            OrganisationName = "Acme GmbH",
            UserName = "Hanna Admin",
            UserEmail = "hanna@acme.example",
            RedirectUri = new Uri("https://app.teammeter.example/settings/hr"),
        });

        link.Url.Should().Be(new Uri(SessionUri));
        link.ExpiresAt.Should().Be(time.GetUtcNow().AddHours(1));
        link.ToString().Should().NotContain("abc.def");
        var sent = queue.Requests.Single();
        sent.Method.Should().Be(HttpMethod.Post);
        sent.Uri.AbsoluteUri.Should().Be(BaseAddress + "/vault/sessions");
        sent.Headers["x-apideck-consumer-id"].Should().Be("tenant-7");
        sent.Headers["x-apideck-app-id"].Should().Be(ApideckTestHost.AppId);
        sent.Headers["Authorization"].Should().Be($"Bearer {ApideckTestHost.ApiKey}");
        JsonNode.DeepEquals(JsonNode.Parse(sent.Body!), JsonNode.Parse("""
            {
              "consumer_metadata": { "account_name": "Acme GmbH", "user_name": "Hanna Admin", "email": "hanna@acme.example" },
              "redirect_uri": "https://app.teammeter.example/settings/hr",
              "settings": { "unified_apis": ["hris"] }
            }
            """)).Should().BeTrue(sent.Body);
    }

    [Fact]
    public async Task CreateSetupLinkAsync_EmptyRequest_SendsOnlyTheSettings()
    {
        using var host = new ApideckTestHost();
        var queue = new ResponseQueue().Then(() => Json(SessionResponse()));
        host.Mock.When("*").Respond(queue.RespondAsync);

        await host.Connections.CreateSetupLinkAsync("t1", new HrisSetupLinkRequest());

        JsonNode.DeepEquals(JsonNode.Parse(queue.Requests.Single().Body!), JsonNode.Parse("""{"consumer_metadata":{},"settings":{"unified_apis":["hris"]}}"""))
            .Should().BeTrue(queue.Requests.Single().Body);
    }

    [Fact]
    public async Task CreateSetupLinkAsync_ResponseWithoutSessionUri_Throws()
    {
        using var host = new ApideckTestHost();
        host.Mock.When("*").Respond(_ => Json("""{"status_code":200,"status":"OK","data":{"session_token":"x"}}"""));

        var act = () => host.Connections.CreateSetupLinkAsync("t1", new HrisSetupLinkRequest());

        (await act.Should().ThrowAsync<HrisSourceException>()).WithMessage("*session_uri*");
    }

    [Fact]
    public async Task CreateSetupLinkAsync_Unauthorized_ThrowsConnectionException()
    {
        using var host = new ApideckTestHost();
        host.Mock.When("*").Respond(_ => Json(Error(401, "UnauthorizedError"), HttpStatusCode.Unauthorized));

        var act = () => host.Connections.CreateSetupLinkAsync("t1", new HrisSetupLinkRequest());

        await act.Should().ThrowAsync<HrisConnectionException>();
    }

    [Theory]
    [InlineData("available", true, HrisConnectionReason.Available)]
    [InlineData("added", true, HrisConnectionReason.Added)]
    [InlineData("authorized", true, HrisConnectionReason.Authorized)]
    [InlineData("invalid", true, HrisConnectionReason.Invalid)]
    [InlineData("callable", false, HrisConnectionReason.Disabled)]
    [InlineData("pending_review", true, HrisConnectionReason.UnknownState)]
    public async Task GetStatusAsync_NotCallableOrSwitchedOff_IsNotConnectedAndReadsNoEmployees(string state, bool enabled, HrisConnectionReason reason)
    {
        using var host = new ApideckTestHost();
        var queue = new ResponseQueue().Then(() => Json(ConnectionResponse(state, enabled)));
        host.Mock.When("*").Respond(queue.RespondAsync);

        var status = await host.Connections.GetStatusAsync("tenant-3");

        status.Should().Be(new HrisConnectionStatus("personio", state, enabled));
        status.IsConnected.Should().BeFalse();
        status.Reason.Should().Be(reason);
        status.NextStep.Should().NotBeNullOrWhiteSpace();
        var sent = queue.Requests.Single();
        sent.Method.Should().Be(HttpMethod.Get);
        sent.Uri.AbsoluteUri.Should().Be(BaseAddress + "/vault/connections/hris/personio");
        sent.Headers["x-apideck-consumer-id"].Should().Be("tenant-3");
    }

    [Fact]
    public async Task GetStatusAsync_CallableAndEnabled_IsConnectedAfterOneSmallPageWithTheSyncFields()
    {
        using var host = new ApideckTestHost();
        var queue = new ResponseQueue()
            .Then(() => Json(ConnectionResponse("callable", enabled: true)))
            .Then(() => Json(Page("next-page", Employee("1"), Employee("2"))));
        host.Mock.When("*").Respond(queue.RespondAsync);

        var status = await host.Connections.GetStatusAsync("tenant-3");

        status.IsConnected.Should().BeTrue();
        status.Reason.Should().Be(HrisConnectionReason.Connected);
        status.MissingFields.Should().Be(HrisFields.None);
        status.MissingAttributes.Should().BeEmpty();
        status.ReadError.Should().BeNull();
        queue.Requests.Should().HaveCount(2, "one page is enough; the next cursor is not followed");
        var page = queue.Requests[1];
        page.Uri.AbsolutePath.Should().Be("/hris/employees");
        page.Query("limit").Should().Be(ApideckConnections.CheckPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.Query("fields").Should().Be(ApideckEmployeeFields.QueryValue);
        page.Headers["x-apideck-consumer-id"].Should().Be("tenant-3");
        page.Headers["x-apideck-service-id"].Should().Be("personio");
    }

    [Fact]
    public async Task GetStatusAsync_PageLacksEmailAndStartDate_ReportsThemAsMissingAttributes()
    {
        using var host = new ApideckTestHost();
        var withoutEmailAndHireDate = Enumerable.Range(1, 3).Select(i =>
        {
            var employee = Employee(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            employee["emails"] = new JsonArray();
            employee["employment_start_date"] = null;
            return employee;
        }).ToArray();
        var queue = new ResponseQueue()
            .Then(() => Json(ConnectionResponse("callable", enabled: true)))
            .Then(() => Json(Page(null, withoutEmailAndHireDate)));
        host.Mock.When("*").Respond(queue.RespondAsync);

        var status = await host.Connections.GetStatusAsync("tenant-3");

        status.IsConnected.Should().BeTrue("Vault accepts the credential; the attributes are a separate problem");
        status.Reason.Should().Be(HrisConnectionReason.MissingAttributes);
        status.MissingFields.Should().Be(HrisFields.Email | HrisFields.StartDate);
        status.MissingAttributes.Should().Equal("Email", "Hire date");
        status.NextStep.Should().Contain("Email, Hire date").And.Contain("Personio");
    }

    [Fact]
    public async Task GetStatusAsync_PageReadRejected_KeepsTheVaultStateAndReportsTheFailure()
    {
        using var host = new ApideckTestHost();
        var queue = new ResponseQueue()
            .Then(() => Json(ConnectionResponse("callable", enabled: true)))
            .Then(() => Json(Error(401, "ConnectorCredentialsError", "Connector credentials missing or invalid"), HttpStatusCode.Unauthorized, requestId: "req-9"));
        host.Mock.When("*").Respond(queue.RespondAsync);

        var status = await host.Connections.GetStatusAsync("tenant-3");

        status.State.Should().Be(HrisConnectionStatus.CallableState);
        status.Enabled.Should().BeTrue();
        status.Reason.Should().Be(HrisConnectionReason.ReadFailed);
        status.ReadError.Should().Contain("ConnectorCredentialsError");
        status.MissingFields.Should().Be(HrisFields.None);
        queue.Requests.Should().HaveCount(2, "a 401 is not retried");
    }

    [Fact]
    public async Task GetStatusAsync_PageHoldsARecordWithoutId_ReportsReadFailed()
    {
        using var host = new ApideckTestHost();
        var noId = Employee("1");
        noId["id"] = null;
        var queue = new ResponseQueue()
            .Then(() => Json(ConnectionResponse("callable", enabled: true)))
            .Then(() => Json(Page(null, noId, Employee("2"))));
        host.Mock.When("*").Respond(queue.RespondAsync);

        var status = await host.Connections.GetStatusAsync("tenant-3");

        status.Reason.Should().Be(HrisConnectionReason.ReadFailed);
        status.ReadError.Should().Contain("no id");
    }

    [Theory]
    [InlineData("ConnectionNotFoundError")]
    [InlineData("EntityNotFoundError")]
    public async Task GetStatusAsync_NoConnection_IsANotConnectedStatus(string typeName)
    {
        using var host = new ApideckTestHost(o => o.ServiceId = "bamboohr");
        host.Mock.When("*").Respond(_ => Json(Error(404, typeName), HttpStatusCode.NotFound));

        var status = await host.Connections.GetStatusAsync("t1");

        status.Should().Be(new HrisConnectionStatus("bamboohr", HrisConnectionStatus.NotFoundState, Enabled: false));
        status.IsConnected.Should().BeFalse();
        status.Reason.Should().Be(HrisConnectionReason.NotFound);
    }

    [Fact]
    public async Task GetStatusAsync_IntegrationNotEnabled_ThrowsConfigurationError()
    {
        using var host = new ApideckTestHost();
        host.Mock.When("*").Respond(_ => Json(Error(404, "IntegrationNotFoundError"), HttpStatusCode.NotFound));

        var act = () => host.Connections.GetStatusAsync("t1");

        (await act.Should().ThrowAsync<HrisSourceException>()).Which.ErrorCode.Should().Be("IntegrationNotFoundError");
    }

    internal static string SessionResponse() =>
        $$$"""{"status_code":200,"status":"OK","data":{"session_uri":"{{{SessionUri}}}","session_token":"abc.def"}}""";

    internal static string ConnectionResponse(string state, bool enabled) => new JsonObject
    {
        ["status_code"] = 200,
        ["status"] = "OK",
        ["data"] = new JsonObject
        {
            ["id"] = "hris+personio",
            ["service_id"] = "personio",
            ["name"] = "Personio",
            ["unified_api"] = "hris",
            ["state"] = state,
            ["enabled"] = enabled,
            ["settings"] = new JsonObject { ["client_secret"] = "never-read" },
        },
    }.ToJsonString();
}
