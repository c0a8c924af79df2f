using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Tests.Helpers;

namespace Teammeter.Hris.Tests.Reliability.Helpers;

/// <summary>
/// The package as a host composes it (<c>AddPersonioSync</c>, real <see cref="HttpClient"/>, real resilience
/// pipeline) against a <see cref="FakeApideckServer"/> on loopback, with in-memory doubles for Teammeter and mail.
/// </summary>
/// <remarks>
/// Timeouts are generous (10 s per attempt, 30 s per request, 60 s per snapshot) so that a loaded machine never
/// turns a slow answer into an unplanned retry; the tests about timeouts set short ones themselves. 2 retries,
/// pages of 20 (the 65-person demo organisation is four pages).
/// </remarks>
internal sealed class LoopbackSync : IAsyncDisposable
{
    public const string Tenant = "northwind";
    public const string EmployeesPath = "/hris/employees";

    /// <summary>A key no log line, message or exception text may ever contain.</summary>
    public const string ApiKey = "sk_live_reliability-secret-4711";

    private readonly ServiceProvider _provider;

    private LoopbackSync(FakeApideckServer server, Action<PersonioSyncOptions>? configure, ITeammeterSink? sink, IInvitationSender? sender)
    {
        Server = server;
        server.Tenants.Add(Tenant, DemoOrganisation.Create(DemoOrganisation.DefaultToday));
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Log));
        services.AddPersonioSync(o =>
        {
            o.ApideckBaseAddress = server.BaseAddress;
            o.ApiKey = server.Options.ApiKey;
            o.AppId = server.Options.AppId;
            o.PageSize = 20;
            o.AttemptTimeout = TimeSpan.FromSeconds(10);
            o.RequestTimeout = TimeSpan.FromSeconds(30);
            o.SnapshotTimeout = TimeSpan.FromSeconds(60);
            o.MaxRetryAttempts = 2;
            configure?.Invoke(o);
        });
        services.AddSingleton(sink ?? Sink);
        services.AddSingleton(sender ?? Sender);
        _provider = services.BuildServiceProvider(validateScopes: true);
        Sync = _provider.GetRequiredService<IPersonioSync>();
        Source = _provider.GetRequiredService<IHrisSource>();
        Connections = _provider.GetRequiredService<IHrisConnections>();
    }

    public FakeApideckServer Server { get; }

    public InMemoryTeammeterSink Sink { get; } = new();

    public RecordingInvitationSender Sender { get; } = new();

    public LevelCapturingLoggerProvider Log { get; } = new();

    public IPersonioSync Sync { get; }

    public IHrisSource Source { get; }

    public IHrisConnections Connections { get; }

    public int EmployeeRequests => Server.Counters.RequestsFor(EmployeesPath);

    /// <summary>Starts the server with the demo organisation as <see cref="Tenant"/> and composes the package against it.</summary>
    /// <param name="configure">Changes to the fast defaults.</param>
    /// <param name="sink">A sink to use instead of <see cref="Sink"/> (e.g. the sample's SQLite sink).</param>
    /// <param name="sender">A sender to use instead of <see cref="Sender"/> (e.g. the sample's outbox).</param>
    public static async Task<LoopbackSync> StartAsync(Action<PersonioSyncOptions>? configure = null, ITeammeterSink? sink = null, IInvitationSender? sender = null)
    {
        var server = await FakeApideckServer.StartAsync(new FakeApideckServerOptions { ApiKey = ApiKey }, CancellationToken.None);
        return new LoopbackSync(server, configure, sink, sender);
    }

    public ApideckTenant AddTenant(string consumerId, IEnumerable<ApideckEmployee> employees) => Server.Tenants.Add(consumerId, employees);

    /// <summary>Queues <paramref name="fault"/> for the next <paramref name="times"/> employee requests.</summary>
    public void FailEmployees(ScriptedFault fault, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Server.Faults.Enqueue(EmployeesPath, fault);
        }
    }

    /// <summary>Syncs, expects <typeparamref name="TException"/>, and checks that nothing reached Teammeter or mail.</summary>
    public async Task<TException> SyncFailsWithoutWritingAsync<TException>(string tenant = Tenant)
        where TException : Exception
    {
        var act = () => Sync.SyncAsync(tenant);

        var thrown = (await act.Should().ThrowAsync<TException>()).Which;

        SensitiveData.Of(Server).ShouldNotBeIn(thrown.ToString(), "the exception");
        Sink.ApplyCalls.Should().Be(0, "a sync that cannot read HR completely must not write");
        Sink.Tenant(tenant).Users.Should().BeEmpty();
        Sender.Sent.Should().BeEmpty();
        return thrown;
    }

    /// <summary>Reads the snapshot and checks it is the whole demo organisation, each employee once.</summary>
    public async Task ReadsTheWholeOrganisationAsync()
    {
        var snapshot = await Source.ReadSnapshotAsync(Tenant);

        snapshot.Employees.Select(e => e.EmployeeId).Should().BeEquivalentTo(Server.Tenants[Tenant].Employees.Select(e => e.Id));
    }

    /// <summary>
    /// Checks every log entry of the test (the suite-wide log capture: every reliability test ends here), then stops.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        var sensitive = SensitiveData.Of(Server);
        await _provider.DisposeAsync();
        await Server.DisposeAsync();
        sensitive.ShouldNotBeLeakedBy(Log.Entries);
    }
}
