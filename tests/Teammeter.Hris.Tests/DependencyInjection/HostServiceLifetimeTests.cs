using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Teammeter.Hris.Tests.DependencyInjection.Helpers;
using Teammeter.Hris.Tests.Helpers;

namespace Teammeter.Hris.Tests.DependencyInjection;

/// <summary>
/// The host-integration docs' EF Core example, run for real under scope validation: a scoped <c>DbContext</c> behind a
/// scoped sink and store. The engine is a singleton; every run resolves the host's services from a scope of its own.
/// </summary>
public sealed class HostServiceLifetimeTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "teammeter-hris-lifetime-" + Guid.NewGuid().ToString("N"));
    private readonly FakeHrisSource _source = new();
    private IHost? _host;

    private string ConnectionString => $"Data Source={Path.Combine(_directory, "app.db")}";

    private DbLedger Ledger => _host!.Services.GetRequiredService<DbLedger>();

    private IPersonioSync Sync => _host!.Services.GetRequiredService<IPersonioSync>();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        await using var schema = new AppDb(new DbContextOptionsBuilder<AppDb>().UseSqlite(ConnectionString).Options, new DbLedger());
        await schema.Database.EnsureCreatedAsync();
        _source.For("acme").AddRange(Employees.Organisation(3));
        _source.For("globex").AddRange(Employees.Organisation(4));
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task StartAsync_ScopedDbContextSinkAndStoreWithScopeValidation_Starts()
    {
        _host = BuildHost();

        var start = () => _host.StartAsync();

        await start.Should().NotThrowAsync("the engine resolves no scoped service from the root provider");
        Ledger.Contexts.Should().BeEmpty("start-up validation checks registrations without making a DbContext");
    }

    [Fact]
    public async Task StartAsync_WebhookReceiverBesideAScopedStore_Starts()
    {
        _host = BuildHost(webhooks: true);

        var start = () => _host.StartAsync();

        await start.Should().NotThrowAsync("the webhook worker takes the store from a scope per notification");
    }

    [Fact]
    public async Task SyncAsync_TwoTenantsInParallel_EachRunHasItsOwnScopeDisposedAfterTheRun()
    {
        _host = BuildHost();
        await _host.StartAsync();
        _source.Gate = new TaskCompletionSource();

        var acme = Sync.SyncAsync("acme");
        var globex = Sync.SyncAsync("globex");
        await WaitUntilAsync(() => Ledger.SinkCalls.Count >= 2); // both runs are reading at once
        Ledger.Contexts.Should().OnlyContain(db => !db.IsDisposed, "a run's context lives until the run ends");
        _source.Gate.SetResult();
        var reports = await Task.WhenAll(acme, globex);

        reports.Should().OnlyContain(r => r.AppliedOperations > 0);
        Ledger.Sinks.Should().Be(2, "one sink per run");
        var acmeDb = RunContextOf("acme");
        var globexDb = RunContextOf("globex");
        acmeDb.Should().NotBe(globexDb, "tenants running in parallel never share a DbContext");
        Ledger.Contexts.Should().OnlyContain(db => db.IsDisposed, "every scope is disposed when its run ends");
        await using var check = Check();
        (await check.Users.CountAsync(u => u.TenantId == "acme")).Should().Be(3);
        (await check.Users.CountAsync(u => u.TenantId == "globex")).Should().Be(4);
    }

    [Fact]
    public async Task SyncAsync_SecondRunOfATenant_GetsAFreshScope()
    {
        _host = BuildHost();
        await _host.StartAsync();

        await Sync.SyncAsync("acme");
        var first = RunContextOf("acme");
        Ledger.SinkCalls.Clear();
        Ledger.StoreCalls.Clear();
        var second = await Sync.SyncAsync("acme");

        second.Plan.Operations.Should().BeEmpty("the first run's writes were committed");
        RunContextOf("acme").Should().NotBe(first);
        Ledger.Sinks.Should().Be(2);
        Ledger.Contexts.Should().OnlyContain(db => db.IsDisposed);
    }

    [Fact]
    public async Task ReleaseInvitationsAsync_AfterTheInitialSync_SendsThroughItsOwnScope()
    {
        _host = BuildHost();
        await _host.StartAsync();
        await Sync.SyncAsync("acme");
        var initial = RunContextOf("acme");
        Ledger.SinkCalls.Clear();
        Ledger.StoreCalls.Clear();

        var release = await Sync.ReleaseInvitationsAsync("acme");

        release.InvitationsSent.Should().Be(3);
        _host.Services.GetRequiredService<IInvitationSender>().As<RecordingInvitationSender>().Sent.Should().HaveCount(3);
        RunContextOf("acme").Should().NotBe(initial);
        Ledger.Contexts.Should().OnlyContain(db => db.IsDisposed);
        await using var check = Check();
        (await check.Users.CountAsync(u => u.TenantId == "acme" && u.InvitedAt != null)).Should().Be(3, "each send was recorded through the run's sink");
        (await check.Tenants.SingleAsync(t => t.TenantId == "acme")).InvitationsReleased.Should().BeTrue();
    }

    [Fact]
    public async Task PlanAndHistoryReads_ScopedStore_EachCallHasItsOwnScope()
    {
        _host = BuildHost();
        await _host.StartAsync();

        var plan = await Sync.PlanAsync("acme");
        var stored = await Sync.GetPlanAsync("acme", plan.PlanId);
        var runs = await Sync.GetRunsAsync("acme");

        stored.Should().NotBeNull();
        runs.Should().ContainSingle();
        Ledger.StoreCalls.Select(c => c.Db).Distinct().Should().HaveCount(3, "the plan run, the plan read and the history read each had a scope");
        Ledger.Contexts.Should().OnlyContain(db => db.IsDisposed);
    }

    [Fact]
    public async Task StartAsync_ScopedSinkWithoutSender_FailsWithTheValidatorsMessage()
    {
        using var host = BuildHost(withSender: false);

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message
            .Should().Contain(nameof(IInvitationSender)).And.NotContain(nameof(ITeammeterSink));
    }

    /// <summary>The one context a tenant's run used: its sink's, which its store shared (one scope per run).</summary>
    private int RunContextOf(string tenant)
    {
        var sink = Ledger.SinkCalls.Where(c => c.Tenant == tenant).Select(c => c.Db).Distinct().ToList();
        var store = Ledger.StoreCalls.Where(c => c.Tenant == tenant).Select(c => c.Db).Distinct().ToList();
        sink.Should().ContainSingle("one run, one scope");
        store.Should().Equal(sink, "the sink and the store of one run share the run's scope");
        return sink[0];
    }

    private AppDb Check() => new(new DbContextOptionsBuilder<AppDb>().UseSqlite(ConnectionString).Options, new DbLedger());

    private IHost BuildHost(bool withSender = true, bool webhooks = false)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }));

        // As in docs/host-integration.md, "2. Register", with the HR source faked.
        var sync = builder.Services.AddPersonioSync(o => { o.AppId = "app"; o.ApiKey = "key"; });
        if (webhooks)
        {
            sync.AddApideckWebhooks();
        }

        builder.Services.AddDbContext<AppDb>(o => o.UseSqlite(ConnectionString));
        builder.Services.AddScoped<ITeammeterSink, EfTeammeterSink>();
        builder.Services.AddScoped<ISyncStore, ScopedSyncStore>();
        if (withSender)
        {
            builder.Services.AddSingleton<IInvitationSender, RecordingInvitationSender>();
        }

        builder.Services.AddSingleton<DbLedger>();
        builder.Services.AddSingleton<InMemorySyncStore>();
        builder.Services.AddSingleton<IHrisSource>(_source);
        return builder.Build();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 1000 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        condition().Should().BeTrue();
    }
}
