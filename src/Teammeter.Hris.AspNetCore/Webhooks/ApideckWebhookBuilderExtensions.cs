using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Teammeter.Hris.Webhooks;

namespace Teammeter.Hris;

/// <summary>Adds the Apideck webhook receiver to the Personio sync.</summary>
public static class ApideckWebhookBuilderExtensions
{
    /// <summary>
    /// Registers the receiver of Apideck's signed webhooks and its background worker; map the endpoint with
    /// <c>app.MapApideckWebhooks(...)</c>. Events start syncs through <see cref="ISyncDispatcher"/>: in this
    /// process by default, one run cluster-wide with <c>UseQuartzScheduling</c>. See docs/webhooks.md.
    /// </summary>
    /// <param name="builder">The sync's builder.</param>
    /// <param name="configure">Sets the options; optional.</param>
    /// <returns>The same builder.</returns>
    public static PersonioSyncBuilder AddApideckWebhooks(this PersonioSyncBuilder builder, Action<ApideckWebhookOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = services.AddOptions<ApideckWebhookOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApideckWebhookOptions>, ApideckWebhookOptionsValidator>());
        services.TryAddSingleton(static sp => new SeenEventIds(sp.GetRequiredService<IOptions<ApideckWebhookOptions>>().Value.RememberedEventIds));
        services.TryAddSingleton(static sp => new WebhookQueue(sp.GetRequiredService<IOptions<ApideckWebhookOptions>>().Value.QueueCapacity));
        services.TryAddSingleton(static sp => new ConsumerTenantMap(
            sp.GetRequiredService<IOptions<PersonioSyncOptions>>(),
            sp.GetRequiredService<IOptions<ApideckWebhookOptions>>(),
            sp.GetService<ISyncTenantProvider>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(static sp => new ApideckWebhookReceiver(
            sp.GetRequiredService<IOptionsMonitor<PersonioSyncOptions>>(),
            sp.GetRequiredService<IOptions<ApideckWebhookOptions>>(),
            sp.GetRequiredService<SeenEventIds>(),
            sp.GetRequiredService<WebhookQueue>(),
            sp.GetRequiredService<ILogger<ApideckWebhookReceiver>>()));

        // Registered once however often this is called; the hosted service is the same singleton.
        if (!services.Any(static d => d.ServiceType == typeof(ApideckWebhookProcessor)))
        {
            services.AddSingleton(static sp => new ApideckWebhookProcessor(
                sp.GetRequiredService<WebhookQueue>(),
                sp.GetRequiredService<ConsumerTenantMap>(),
                sp.GetRequiredService<ISyncDispatcher>(),
                sp.GetRequiredService<IServiceScopeFactory>(),
                sp.GetRequiredService<IOptions<PersonioSyncOptions>>(),
                sp.GetRequiredService<IOptions<ApideckWebhookOptions>>(),
                sp.GetRequiredService<ILogger<ApideckWebhookProcessor>>()));
            services.AddSingleton<IHostedService>(static sp => sp.GetRequiredService<ApideckWebhookProcessor>());
        }

        return builder;
    }
}
