using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Teammeter.Hris.Tests.Helpers;

/// <summary>The engine composed through the public registration, with in-memory doubles for HR and the host.</summary>
internal sealed class SyncHarness : IAsyncDisposable
{
    public const string Tenant = "tenant-a";

    private readonly ServiceProvider _provider;

    public SyncHarness(Action<PersonioSyncOptions>? configure = null, ISyncTenantProvider? tenants = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPersonioSync(o =>
        {
            o.AppId = "app";
            o.ApiKey = "secret-key";
            configure?.Invoke(o);
        });
        services.AddSingleton<IHrisSource>(Source);
        services.AddSingleton<ITeammeterSink>(Sink);
        services.AddSingleton<IInvitationSender>(Sender);
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IAdminNotifier>(Notifier);
        services.AddSingleton<ISyncRunObserver>(Observer);
        if (tenants is not null)
        {
            services.AddSingleton(tenants);
        }

        _provider = services.BuildServiceProvider(validateScopes: true);
        Sync = _provider.GetRequiredService<IPersonioSync>();
        ReviewStore = _provider.GetRequiredService<ISyncStore>();
    }

    public ISyncStore ReviewStore { get; }

    public RecordingNotifier Notifier { get; } = new();

    public RecordingRunObserver Observer { get; } = new();

    public IServiceProvider Services => _provider;

    public FakeHrisSource Source { get; } = new();

    public InMemoryTeammeterSink Sink { get; } = new();

    public RecordingInvitationSender Sender { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 5, 0, 0, TimeSpan.Zero));

    public IPersonioSync Sync { get; }

    public List<HrisEmployee> Employees => Source.For(Tenant);

    public TenantStore Store => Sink.Tenant(Tenant);

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
