using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Teammeter.Hris.Sample;
using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Sample.Commands;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>
/// <c>serve --web</c> accepts Apideck's signed deliveries at <c>&lt;url&gt;/webhooks/apideck</c>: the embedded server
/// sends <c>vault.connection.callable</c> as the admin authorises, and the tenant's initial sync starts by itself.
/// </summary>
[Collection(Helpers.SerialCollection.Name)]
public sealed class SampleServeWebhooksTests : EmbeddedApideckTests
{
    private const string Tenant = "acme";

    [Fact]
    public async Task Serve_SignedCallableDelivery_StartsTheInitialSyncRecordedAsWebhook()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(DateOnly.FromDateTime(DateTime.UtcNow)));
        var web = new Uri($"http://127.0.0.1:{FreePort()}/");
        var tenants = Temp.File("tenants.json");
        await File.WriteAllTextAsync(tenants, JsonSerializer.Serialize(new[] { new { tenant = Tenant, timeZone = "Etc/UTC", syncAt = "03:00", autoSync = false } }));
        using var stop = new CancellationTokenSource();
        string[] args = ["serve", "--tenants", tenants, "--web", web.AbsoluteUri.TrimEnd('/'), "--web-token", "correct-horse-battery-staple", .. Apideck()];
        var serve = Task.Run(() => SampleApp.RunAsync(args, TextWriter.Null, TextWriter.Null, _ => null, stop.Token), CancellationToken.None);
        try
        {
            Server.Webhooks.DeliveryUrl = new Uri(web, "webhooks/apideck");
            var status = HttpStatusCode.ServiceUnavailable;
            for (var i = 0; i < 120 && status != HttpStatusCode.Accepted; i++)
            {
                await Task.Delay(250);
                try
                {
                    status = await Server.Webhooks.SendAsync("vault.connection.callable", Tenant, CancellationToken.None);
                }
                catch (HttpRequestException)
                {
                    // serve is not listening yet
                }
            }

            status.Should().Be(HttpStatusCode.Accepted);
            JsonElement runs = default;
            for (var i = 0; i < 120 && (runs.ValueKind != JsonValueKind.Array || runs.GetArrayLength() == 0); i++)
            {
                await Task.Delay(500);
                var history = await SampleRun.RunAsync(["history", "--tenant", Tenant, "--db", Temp.File("teammeter.db"), "--json"]);
                runs = history.ExitCode == 0 ? JsonDocument.Parse(history.Output).RootElement.Clone() : default;
            }

            runs.EnumerateArray().Should().ContainSingle().Which.GetProperty("trigger").GetString().Should().Be("Webhook");
            runs[0].GetProperty("outcome").GetString().Should().Be("Succeeded");
            Directory.Exists(Temp.File("outbox")).Should().BeFalse("the initial sync invites nobody");
        }
        finally
        {
            await stop.CancelAsync();
            await serve;
        }
    }

    private string[] Apideck() =>
    [
        "--apideck-url", Server.BaseAddress.AbsoluteUri, "--app-id", "app-1", "--api-key", SampleRun.ApiKey,
        "--db", Temp.File("teammeter.db"), "--outbox", Temp.File("outbox"),
    ];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
