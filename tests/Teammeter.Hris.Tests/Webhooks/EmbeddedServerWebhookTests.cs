using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Tests.Quartz;

namespace Teammeter.Hris.Tests.Webhooks;

/// <summary>The embedded Apideck server sends real signed deliveries; the host reads HR from it over HTTP.</summary>
public sealed class EmbeddedServerWebhookTests
{
    [Fact]
    public async Task CompleteVaultSession_ServerSendsCallable_InitialSyncStartsByItself()
    {
        await using var server = await FakeApideckServer.StartAsync(new FakeApideckServerOptions { ApiKey = WebhookHost.ApiKey, AppId = "app" }, default);
        server.Tenants.Add(WebhookHost.Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday), VaultConnectionState.Available);
        await using var host = await WebhookHost.StartAsync(apideck: server.BaseAddress);
        server.Webhooks.DeliveryUrl = host.Url;

        // The backend creates the Vault session; the admin opens the link and authorises Personio.
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        using var create = new HttpRequestMessage(HttpMethod.Post, "vault/sessions") { Content = JsonContent.Create(new { }) };
        create.Headers.Add("Authorization", $"Bearer {WebhookHost.ApiKey}");
        create.Headers.Add("x-apideck-app-id", "app");
        create.Headers.Add("x-apideck-consumer-id", WebhookHost.Tenant);
        using var created = await client.SendAsync(create);
        created.EnsureSuccessStatusCode();
        using var session = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var link = session.RootElement.GetProperty("data").GetProperty("session_uri").GetString()!;
        (await host.RunsAsync()).Should().BeEmpty("nothing runs before the admin authorises");

        using var authorised = await client.GetAsync(new Uri(link));

        authorised.StatusCode.Should().Be(HttpStatusCode.OK);
        server.Webhooks.Delivered.Should().ContainSingle().Which.Should().Be(("vault.connection.callable", WebhookHost.Tenant, HttpStatusCode.Accepted));
        await Eventually.TrueAsync(() => host.RunsAsync().Result.Count == 1, TimeSpan.FromSeconds(30));
        var run = (await host.RunsAsync()).Single();
        run.Trigger.Should().Be(SyncTrigger.Webhook);
        run.Outcome.Should().Be(SyncOutcome.Succeeded);
        host.Sink.Tenant(WebhookHost.Tenant).Users.Should().NotBeEmpty("the initial sync created the organisation");
        host.Sender.Sent.Should().BeEmpty("invitations wait for the release");
    }

    [Fact]
    public async Task SendAsync_EmployeeEvent_ReceiverAcceptsTheSignature()
    {
        await using var server = await FakeApideckServer.StartAsync(new FakeApideckServerOptions { ApiKey = WebhookHost.ApiKey }, default);
        await using var host = await WebhookHost.StartAsync();
        server.Webhooks.DeliveryUrl = host.Url;

        var status = await server.Webhooks.SendAsync("hris.employee.created", WebhookHost.Tenant, default);

        status.Should().Be(HttpStatusCode.Accepted);
    }
}
