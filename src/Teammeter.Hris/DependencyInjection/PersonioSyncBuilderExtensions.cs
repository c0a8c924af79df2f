using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Teammeter.Hris.Scheduling;

namespace Teammeter.Hris;

/// <summary>Optional features of the Personio sync.</summary>
public static class PersonioSyncBuilderExtensions
{
    /// <summary>
    /// Adds the daily sync: a hosted service that runs each tenant with automatic sync on once a day at its local
    /// time. Requires an <see cref="ISyncTenantProvider"/> registered by the host (checked at start-up).
    /// Right for a single node; on several nodes use a clustered scheduler so each tenant runs once
    /// (<c>UseQuartzScheduling</c> from Teammeter.Hris.Quartz, which refuses to start beside this one).
    /// Stopping the host stops scheduling at once and lets the runs in flight finish within the host's shutdown timeout.
    /// </summary>
    /// <param name="builder">The sync's builder.</param>
    /// <returns>The same builder.</returns>
    public static PersonioSyncBuilder AddDailySync(this PersonioSyncBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PersonioSyncOptions>, TenantProviderValidator>());
        builder.Services.TryAddSingleton<DailySyncRegistration>();
        builder.Services.AddHostedService(static sp => new DailySyncService(
            () => sp.GetRequiredService<IPersonioSync>(),
            () => sp.GetRequiredService<ISyncTenantProvider>(),
            sp.GetRequiredService<IOptions<PersonioSyncOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DailySyncService>>()));
        return builder;
    }
}
