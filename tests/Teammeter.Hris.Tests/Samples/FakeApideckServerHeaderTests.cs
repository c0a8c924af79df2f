using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Teammeter.Hris.Sample.ApideckServer;

namespace Teammeter.Hris.Tests.Samples;

public sealed class FakeApideckServerHeaderTests : ApideckServerTestBase
{
    [Fact]
    public async Task Employees_NoAuthorization_Returns401UnauthorizedError()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday));
        using var request = Request(HttpMethod.Get, "/hris/employees");
        request.Headers.Authorization = null;

        var (response, body) = await SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        body.GetProperty("type_name").GetString().Should().Be("UnauthorizedError");
        body.GetProperty("status_code").GetInt32().Should().Be(401);
        body.GetProperty("error").GetString().Should().Be("Unauthorized");
        body.GetProperty("ref").GetString().Should().StartWith("https://developers.apideck.com/errors#");
        response.Headers.GetValues("Request-Id").Should().ContainSingle().Which.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("wrong-key", "app-1")]
    [InlineData("key-1", "wrong-app")]
    public async Task Employees_WrongKeyOrAppId_Returns401(string apiKey, string appId)
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday));
        using var request = Request(HttpMethod.Get, "/hris/employees", apiKey: apiKey, appId: appId);

        var (response, body) = await SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        body.GetProperty("type_name").GetString().Should().Be("UnauthorizedError");
    }

    [Fact]
    public async Task Employees_MissingConsumerId_Returns400RequestValidationError()
    {
        var (response, body) = await GetAsync("/hris/employees", consumer: null);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body.GetProperty("type_name").GetString().Should().Be("RequestValidationError");
    }

    [Fact]
    public async Task Employees_UnknownConsumer_Returns404ConnectionNotFoundError()
    {
        var (response, body) = await GetAsync("/hris/employees", consumer: "nobody");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        body.GetProperty("type_name").GetString().Should().Be("ConnectionNotFoundError");
    }

    [Fact]
    public async Task Employees_OtherServiceId_Returns404ConnectorNotFoundError()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday));

        var (response, body) = await GetAsync("/hris/employees", serviceId: "bamboohr");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        body.GetProperty("type_name").GetString().Should().Be("ConnectorNotFoundError");
    }

    [Fact]
    public async Task Employees_NoServiceIdHeader_UsesTheOnlyConnection()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday));

        var (response, _) = await GetAsync("/hris/employees", serviceId: null);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Employees_ConnectionNotCallable_Returns401ConnectorCredentialsError()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday), VaultConnectionState.Available);

        var (response, body) = await GetAsync("/hris/employees");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        body.GetProperty("type_name").GetString().Should().Be("ConnectorCredentialsError");
    }

    [Fact]
    public async Task Vault_CallableButSwitchedOff_ServesEnabledFalseAndRefusesEmployees()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday)).ConnectionEnabled = false;

        var (_, connection) = await GetAsync("/vault/connections/hris/personio");
        var (employees, error) = await GetAsync("/hris/employees");

        connection.GetProperty("data").GetProperty("state").GetString().Should().Be("callable");
        connection.GetProperty("data").GetProperty("enabled").GetBoolean().Should().BeFalse();
        employees.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        error.GetProperty("detail").GetString().Should().Contain("disabled");
    }

    [Theory]
    [InlineData(VaultConnectionState.Added, "added", true)]
    [InlineData(VaultConnectionState.Authorized, "authorized", true)]
    [InlineData(VaultConnectionState.Invalid, "invalid", true)]
    [InlineData(VaultConnectionState.Available, "available", false)]
    public async Task Vault_State_ServedAsTheSpecEnumValue(VaultConnectionState state, string served, bool enabled)
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday), state);

        var (_, connection) = await GetAsync("/vault/connections/hris/personio");

        connection.GetProperty("data").GetProperty("state").GetString().Should().Be(served);
        connection.GetProperty("data").GetProperty("enabled").GetBoolean().Should().Be(enabled);
    }

    [Fact]
    public async Task Departments_Personio_Returns501UnsupportedOperationError()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday));

        var (response, body) = await GetAsync("/hris/departments");

        response.StatusCode.Should().Be(HttpStatusCode.NotImplemented);
        body.GetProperty("type_name").GetString().Should().Be("UnsupportedOperationError");
    }

    [Fact]
    public async Task UnknownRoute_Returns404EntityNotFoundError()
    {
        var (response, body) = await GetAsync("/hris/payrolls");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        body.GetProperty("type_name").GetString().Should().Be("EntityNotFoundError");
    }

    [Fact]
    public async Task KnownPathWithOtherMethod_Returns404EntityNotFoundError()
    {
        using var request = Request(HttpMethod.Post, "/hris/employees");

        var (response, body) = await SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound, "Apideck answers an unsupported method like an unknown route, not with 405");
        body.GetProperty("type_name").GetString().Should().Be("EntityNotFoundError");
    }

    [Fact]
    public async Task UnknownRoute_NoAuthorization_Returns401BeforeThe404()
    {
        using var request = Request(HttpMethod.Get, "/hris/payrolls");
        request.Headers.Authorization = null;

        var (response, body) = await SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        body.GetProperty("type_name").GetString().Should().Be("UnauthorizedError");
    }

    [Fact]
    public async Task Vault_SessionThenAdminOpensLink_ConnectionBecomesCallable()
    {
        var (before, beforeBody) = await GetAsync("/vault/connections/hris/personio", consumer: "new-customer");
        before.StatusCode.Should().Be(HttpStatusCode.OK);
        beforeBody.GetProperty("data").GetProperty("state").GetString().Should().Be("available");

        using var create = Request(HttpMethod.Post, "/vault/sessions", consumer: "new-customer");
        create.Content = new StringContent("""{"settings":{"unified_apis":["hris"]}}""", MediaTypeHeaderValue.Parse("application/json"));
        var (created, session) = await SendAsync(create);

        created.StatusCode.Should().Be(HttpStatusCode.OK);
        session.GetProperty("status_code").GetInt32().Should().Be(200);
        session.GetProperty("status").GetString().Should().Be("OK");
        var sessionUri = session.GetProperty("data").GetProperty("session_uri").GetString();
        sessionUri.Should().StartWith(Server.BaseAddress.ToString()).And.EndWith(session.GetProperty("data").GetProperty("session_token").GetString());
        Server.Sessions.Should().ContainSingle().Which.Should().Match<RecordedSession>(s =>
            s.ConsumerId == "new-customer" && s.Body.Contains("\"unified_apis\":[\"hris\"]"));

        (await Client.GetAsync(new Uri(sessionUri!))).StatusCode.Should().Be(HttpStatusCode.OK);

        var (_, afterBody) = await GetAsync("/vault/connections/hris/personio", consumer: "new-customer");
        var data = afterBody.GetProperty("data");
        data.GetProperty("state").GetString().Should().Be("callable");
        data.GetProperty("service_id").GetString().Should().Be("personio");
        data.GetProperty("unified_api").GetString().Should().Be("hris");
        Server.Tenants["new-customer"].ConnectionState.Should().Be(VaultConnectionState.Callable);
    }

    [Fact]
    public async Task Vault_ConnectionOfOtherService_Returns404()
    {
        var (response, body) = await GetAsync("/vault/connections/hris/bamboohr");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        body.GetProperty("type_name").GetString().Should().Be("ConnectorNotFoundError");
    }

    [Fact]
    public async Task Vault_UnknownSessionLink_Returns404()
    {
        var response = await Client.GetAsync(new Uri(Server.BaseAddress, "vault/session/not-a-token"));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("type_name").GetString().Should().Be("EntityNotFoundError");
    }
}
