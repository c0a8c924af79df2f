using System.Net;
using Microsoft.AspNetCore.Http;
using Teammeter.Hris.Sample.ApideckServer;

namespace Teammeter.Hris.Tests.Samples;

public sealed class FakeApideckServerFaultTests : ApideckServerTestBase
{
    [Fact]
    public async Task RateLimitedFault_NextRequest_Returns429WithRetryAfterThenRecovers()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday));
        Server.Faults.Enqueue("/hris/employees", ScriptedFault.RateLimited(7));

        var (limited, body) = await GetAsync("/hris/employees");
        var (recovered, _) = await GetAsync("/hris/employees");

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(7));
        body.GetProperty("type_name").GetString().Should().Be("ConnectorRateLimitError");
        recovered.StatusCode.Should().Be(HttpStatusCode.OK);
        Server.Faults.Pending.Should().Be(0);
        Server.Counters.RequestsFor("/hris/employees").Should().Be(2);
    }

    [Fact]
    public async Task StatusFault_CustomHeaders_AreSent()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday));
        Server.Faults.Enqueue("/hris/employees", ScriptedFault.Status(503, "ConnectorExecutionError", new Dictionary<string, string> { ["x-downstream-ratelimit-reset"] = "3" }));

        var (response, body) = await GetAsync("/hris/employees");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Headers.GetValues("x-downstream-ratelimit-reset").Should().Equal("3");
        body.GetProperty("status_code").GetInt32().Should().Be(503);
    }

    [Fact]
    public async Task Faults_QueuedForOnePath_DoNotAffectOtherPaths()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday));
        Server.Faults.Enqueue("/vault/sessions", ScriptedFault.Status(500, "UnexpectedError"));

        var (response, _) = await GetAsync("/hris/employees");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Server.Faults.Pending.Should().Be(1);
    }

    [Fact]
    public async Task AbortBeforeResponse_ClientSeesTransportError()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday));
        Server.Faults.Enqueue("/hris/employees", ScriptedFault.AbortBeforeResponse());
        using var request = Request(HttpMethod.Get, "/hris/employees");

        var send = () => Client.SendAsync(request);

        await send.Should().ThrowAsync<HttpRequestException>();
    }

    [Fact]
    public async Task AbortMidBody_ClientCannotReadTheWholeBody()
    {
        Server.Tenants.Add(Tenant, SyntheticOrganisation.Create(200, seed: 3));
        Server.Faults.Enqueue("/hris/employees", ScriptedFault.AbortMidBody());
        using var request = Request(HttpMethod.Get, "/hris/employees?limit=200");

        var read = async () =>
        {
            using var response = await Client.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        };

        (await read.Should().ThrowAsync<Exception>()).Which.Should().Match(e => e is HttpRequestException || e is IOException);
    }

    [Fact]
    public async Task Interceptor_AnswersRequests_BeforeTheServer()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday));
        Server.Faults.Interceptor = async (context, cancellationToken) =>
        {
            context.Response.StatusCode = 502;
            await context.Response.WriteAsync("bad gateway", cancellationToken);
            return true;
        };
        using var request = Request(HttpMethod.Get, "/hris/employees");

        var response = await Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        Server.Faults.Clear();
        (await GetAsync("/hris/employees")).Response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
