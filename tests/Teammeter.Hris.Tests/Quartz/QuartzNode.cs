using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz;
using Teammeter.Hris.Scheduling;

namespace Teammeter.Hris.Tests.Quartz;

/// <summary>
/// One backend node in miniature: its own service provider with the host's Quartz configuration, the sync engine
/// (a spy) and <c>UseQuartzScheduling</c>, the way a host registers them.
/// </summary>
internal sealed class QuartzNode : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private QuartzNode(ServiceProvider provider, IScheduler scheduler)
    {
        _provider = provider;
        Scheduler = scheduler;
    }

    public IScheduler Scheduler { get; }

    public ScheduleKeeper Keeper => _provider.GetRequiredService<ScheduleKeeper>();

    public IServiceProvider Services => _provider;

    public static async Task<QuartzNode> CreateAsync(IPersonioSync sync, ISyncTenantProvider tenants, Action<IServiceCollectionQuartzConfigurator> configureQuartz, Action<PersonioSyncBuilder>? configure = null)
    {
        var services = new ServiceCollection();
        // Quartz 3 keeps its logger factory in a static; a per-node factory would be disposed under the other nodes.
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton(sync);
        services.AddSingleton(tenants);
        services.AddQuartz(configureQuartz);
        var builder = services.AddPersonioSync(o =>
        {
            o.AppId = "app";
            o.ApiKey = "key";
        }).UseQuartzScheduling();
        configure?.Invoke(builder);

        var provider = services.BuildServiceProvider();
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return new QuartzNode(provider, scheduler);
    }

    public async ValueTask DisposeAsync()
    {
        if (!Scheduler.IsShutdown)
        {
            await Scheduler.Shutdown(waitForJobsToComplete: false);
        }

        await _provider.DisposeAsync();
    }
}
