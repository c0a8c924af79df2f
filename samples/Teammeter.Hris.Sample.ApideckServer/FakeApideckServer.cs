using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>
/// An Apideck-compatible HRIS and Vault server on loopback, in-process, on an ephemeral port. The sample's demo,
/// the end-to-end tests and the benchmarks run against it.
/// </summary>
/// <example><code>
/// await using var server = await FakeApideckServer.StartAsync(new FakeApideckServerOptions(), ct);
/// server.Tenants.Add("acme", DemoOrganisation.Create(today));
/// // point the client at server.BaseAddress
/// </code></example>
public sealed class FakeApideckServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ApideckRequestHandler handler;

    private FakeApideckServer(
        WebApplication app,
        ApideckRequestHandler handler,
        FakeApideckServerOptions options,
        Uri baseAddress,
        ApideckTenants tenants,
        RequestCounters counters,
        FaultInjector faults)
    {
        this.app = app;
        this.handler = handler;
        Options = options;
        BaseAddress = baseAddress;
        Tenants = tenants;
        Counters = counters;
        Faults = faults;
    }

    /// <summary>Where the server listens, for example <c>http://127.0.0.1:53211/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The credentials and connector the server accepts.</summary>
    public FakeApideckServerOptions Options { get; }

    /// <summary>The tenants (Apideck consumers) and their organisations; change them between runs.</summary>
    public ApideckTenants Tenants { get; }

    /// <summary>Requests and bytes served.</summary>
    public RequestCounters Counters { get; }

    /// <summary>Scripted failures.</summary>
    public FaultInjector Faults { get; }

    /// <summary>Every <c>POST /vault/sessions</c> received, in order.</summary>
    public IReadOnlyList<RecordedSession> Sessions => handler.Sessions;

    /// <summary>Starts a server on <c>127.0.0.1</c> with an ephemeral port.</summary>
    /// <param name="options">Accepted credentials; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>The running server; dispose it to stop.</returns>
    public static async Task<FakeApideckServer> StartAsync(FakeApideckServerOptions? options, CancellationToken cancellationToken)
    {
        options ??= new FakeApideckServerOptions();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();

        var tenants = new ApideckTenants();
        var counters = new RequestCounters();
        var faults = new FaultInjector();
        var handler = new ApideckRequestHandler(options, tenants, counters, faults, app.Lifetime.ApplicationStopping);
        handler.Map(app);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new FakeApideckServer(app, handler, options, new Uri(address.TrimEnd('/') + "/"), tenants, counters, faults);
    }

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
