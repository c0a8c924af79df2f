using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Teammeter.Hris.Apideck;
using static Teammeter.Hris.Tests.Apideck.Helpers.ApideckFixtures;

namespace Teammeter.Hris.Tests.Apideck;

/// <summary>
/// End to end over real loopback HTTP: Kestrel serves spec-shaped pages, and the package's own registration
/// (IHttpClientFactory, resilience pipeline, source) reads them, retries included.
/// </summary>
public sealed class ApideckLoopbackTests : IAsyncLifetime
{
    private const int EmployeeCount = 450;
    private const string Key = "loopback-api-key";

    private readonly List<string> _log = [];
    private WebApplication? _app;
    private ServiceProvider? _services;
    private int _employeeRequests;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/hris/employees", ServeEmployees);
        _app.MapGet("/vault/connections/hris/personio", (HttpContext context) =>
            Results.Text(ApideckConnectionsTests.ConnectionResponse("callable", enabled: true), "application/json"));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        var services = new ServiceCollection();
        services.AddOptions<PersonioSyncOptions>().Configure(o =>
        {
            o.ApideckBaseAddress = new Uri(address);
            o.ApiKey = Key;
            o.AppId = "loopback-app";
        });
        services.AddApideckHris();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task ReadSnapshotAsync_RealHttpWithA503_RetriesAndReadsEveryPage()
    {
        var source = _services!.GetRequiredService<IHrisSource>();

        var snapshot = await source.ReadSnapshotAsync("tenant-loop");

        snapshot.Employees.Should().HaveCount(EmployeeCount);
        snapshot.Employees.Select(e => e.EmployeeId).Should().OnlyHaveUniqueItems();
        snapshot.Employees[449].Email.Should().Be("449@example.com");
        snapshot.MissingFields.Should().Be(HrisFields.None);
        _log.Should().Equal(
            "503 cursor=",
            "200 cursor= count=200",
            "200 cursor=200 count=200",
            "200 cursor=400 count=50");
        _employeeRequests.Should().Be(4);
    }

    [Fact]
    public async Task GetStatusAsync_RealHttp_ReadsConnectedState()
    {
        var connections = _services!.GetRequiredService<IHrisConnections>();

        var status = await connections.GetStatusAsync("tenant-loop");

        status.IsConnected.Should().BeTrue();
        status.Reason.Should().Be(HrisConnectionReason.Connected);
        _log.Should().Equal(["503 cursor=", $"200 cursor= count={ApideckConnections.CheckPageSize}"], "the check read goes through the same retrying pipeline as a sync");
    }

    private IResult ServeEmployees(HttpContext context)
    {
        var request = context.Request;
        if (request.Headers.Authorization != $"Bearer {Key}" || request.Headers["x-apideck-consumer-id"] != "tenant-loop")
        {
            return Results.Text(Error(401, "UnauthorizedError"), "application/json", Encoding.UTF8, 401);
        }

        var cursor = request.Query["cursor"].ToString();
        if (Interlocked.Increment(ref _employeeRequests) == 1)
        {
            _log.Add($"503 cursor={cursor}");
            context.Response.Headers.RetryAfter = "0";
            return Results.Text("<html>Service Unavailable</html>", "text/html", Encoding.UTF8, 503);
        }

        var limit = int.Parse(request.Query["limit"]!, CultureInfo.InvariantCulture);
        var offset = cursor.Length == 0 ? 0 : int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(cursor)), CultureInfo.InvariantCulture);
        var employees = Enumerable.Range(offset, Math.Min(limit, EmployeeCount - offset))
            .Select(i => Employee(i.ToString(CultureInfo.InvariantCulture), managerId: "0"))
            .ToArray();
        var nextOffset = offset + employees.Length;
        var next = nextOffset < EmployeeCount ? Convert.ToBase64String(Encoding.UTF8.GetBytes(nextOffset.ToString(CultureInfo.InvariantCulture))) : null;
        var decoded = cursor.Length == 0 ? string.Empty : offset.ToString(CultureInfo.InvariantCulture);
        _log.Add($"200 cursor={decoded} count={employees.Length}");
        return Results.Text(Page(next, employees), "application/json");
    }
}
