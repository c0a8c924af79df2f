using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Teammeter.Hris.Scheduling;
using Teammeter.Hris.Tests.Helpers;
using Teammeter.Hris.Tests.Quartz;
using Teammeter.Hris.Webhooks;

namespace Teammeter.Hris.Tests.Webhooks;

/// <summary>
/// A host app on loopback Kestrel with the real engine (in-memory HR, sink and sender) and the webhook endpoint
/// mapped as a host maps it. The debounce runs on a fake clock the test advances; everything else on real time.
/// </summary>
internal sealed class WebhookHost : IAsyncDisposable
{
    public const string ApiKey = "sk_test_webhooks";
    public const string Tenant = "tenant-a";

    private WebApplication? _app;
    private long _bodyBytesRead;

    private WebhookHost()
    {
    }

    public Uri Url { get; private set; } = null!;

    public FakeHrisSource Source { get; } = new();

    public InMemoryTeammeterSink Sink { get; } = new();

    public RecordingInvitationSender Sender { get; } = new();

    public RecordingNotifier Notifier { get; } = new();

    public StaticTenantProvider Tenants { get; } = new(new SyncTenant(Tenant, TimeZoneInfo.Utc, new TimeOnly(5, 0), AutoSync: false));

    public FakeTimeProvider DebounceClock { get; } = new(new DateTimeOffset(2026, 11, 25, 5, 0, 0, TimeSpan.Zero));

    /// <summary>Bytes the app read from request bodies, counted beneath the endpoint.</summary>
    public long BodyBytesRead => Interlocked.Read(ref _bodyBytesRead);

    public IServiceProvider Services => _app!.Services;

    public ISyncStore Store => Services.GetRequiredService<ISyncStore>();

    public ApideckWebhookProcessor Processor => Services.GetRequiredService<ApideckWebhookProcessor>();

    public InProcessSyncDispatcher Dispatcher => (InProcessSyncDispatcher)Services.GetRequiredService<ISyncDispatcher>();

    /// <param name="configure">The receiver's options.</param>
    /// <param name="sync">The sync's options.</param>
    /// <param name="apideck">Read HR from this Apideck server instead of memory.</param>
    public static async Task<WebhookHost> StartAsync(Action<ApideckWebhookOptions>? configure = null, Action<PersonioSyncOptions>? sync = null, Uri? apideck = null)
    {
        var host = new WebhookHost();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var services = builder.Services;
        services.AddSingleton<ITeammeterSink>(host.Sink);
        services.AddSingleton<IInvitationSender>(host.Sender);
        services.AddSingleton<IAdminNotifier>(host.Notifier);
        services.AddSingleton<ISyncTenantProvider>(host.Tenants);
        services.AddPersonioSync(o =>
        {
            o.AppId = "app";
            o.ApiKey = ApiKey;
            if (apideck is not null)
            {
                o.ApideckBaseAddress = apideck;
            }

            sync?.Invoke(o);
        }).AddApideckWebhooks(configure);
        // After AddPersonioSync, so these win: HR in memory, and the default dispatcher on the fake clock.
        if (apideck is null)
        {
            services.AddSingleton<IHrisSource>(host.Source);
        }

        services.AddSingleton<ISyncDispatcher>(sp => new InProcessSyncDispatcher(
            () => sp.GetRequiredService<IPersonioSync>(), host.DebounceClock, sp.GetRequiredService<ILogger<InProcessSyncDispatcher>>()));

        var app = builder.Build();
        app.Use(next => context =>
        {
            context.Request.Body = new CountingStream(context.Request.Body, read => Interlocked.Add(ref host._bodyBytesRead, read));
            return next(context);
        });
        app.MapApideckWebhooks("/hris/webhooks/apideck");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        host._app = app;
        host.Url = new Uri(address.TrimEnd('/') + "/hris/webhooks/apideck");
        return host;
    }

    public async Task<HttpResponseMessage> DeliverAsync(string body, string? signature = null)
    {
        using var client = new HttpClient();
        return await client.SendAsync(SignedDelivery.Request(Url, body, signature ?? SignedDelivery.Sign(body, ApiKey)));
    }

    public Task<IReadOnlyList<SyncRun>> RunsAsync(string tenant = Tenant) => Store.GetRunsAsync(tenant, 100, default);

    /// <summary>Waits until the background worker has handled this many events in all.</summary>
    public Task HandledAsync(long count) => Eventually.TrueAsync(() => Processor.Handled >= count, TimeSpan.FromSeconds(20));

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
