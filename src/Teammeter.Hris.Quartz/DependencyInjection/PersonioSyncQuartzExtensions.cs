using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using Teammeter.Hris.Scheduling;

namespace Teammeter.Hris;

/// <summary>Runs the Personio sync's daily schedule on Quartz.NET.</summary>
public static class PersonioSyncQuartzExtensions
{
    /// <summary>
    /// Schedules each tenant with automatic sync on in the host's Quartz scheduler: one job and one cron trigger per
    /// tenant at its local <see cref="SyncTenant.SyncAt"/>, kept in step with the host's
    /// <see cref="ISyncTenantProvider"/>. Use it instead of <c>AddDailySync</c>. With Quartz's clustered ADO.NET job
    /// store every tenant syncs once across all nodes, and the runs of a node that died are recovered elsewhere.
    /// Runs requested through <see cref="ISyncDispatcher"/> (Apideck webhooks) become one-off triggers of the same
    /// job, so a request on any node makes one run cluster-wide.
    /// </summary>
    /// <param name="builder">The sync's builder.</param>
    /// <param name="configure">Sets the options; optional.</param>
    /// <returns>The same builder.</returns>
    /// <remarks>
    /// The scheduler and its job store belong to the host: configure them with <c>services.AddQuartz(...)</c>, whose
    /// job factory creates the tenant job from dependency injection. The host also registers an
    /// <see cref="ISyncTenantProvider"/>. Both are checked at start-up.
    /// </remarks>
    public static PersonioSyncBuilder UseQuartzScheduling(this PersonioSyncBuilder builder, Action<QuartzSchedulingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = services.AddOptions<QuartzSchedulingOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<QuartzSchedulingOptions>, QuartzSchedulingOptionsValidator>());
        services.TryAddTransient<TenantSyncJob>();
        // Requested runs (webhooks) become one-off triggers of the tenant's job: one run cluster-wide.
        services.Replace(ServiceDescriptor.Singleton<ISyncDispatcher>(static sp => new QuartzSyncDispatcher(
            () => sp.GetRequiredService<ISchedulerFactory>(),
            sp.GetRequiredService<IOptions<QuartzSchedulingOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<QuartzSyncDispatcher>>())));

        // Registered once however often this is called; the hosted service is the same singleton.
        if (!services.Any(static d => d.ServiceType == typeof(ScheduleKeeper)))
        {
            services.AddSingleton(static sp => new ScheduleKeeper(
                () => sp.GetRequiredService<ISchedulerFactory>(),
                () => sp.GetRequiredService<ISyncTenantProvider>(),
                sp.GetRequiredService<IOptions<QuartzSchedulingOptions>>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<ScheduleKeeper>>()));
            services.AddSingleton<IHostedService>(static sp => sp.GetRequiredService<ScheduleKeeper>());
        }

        return builder;
    }
}
