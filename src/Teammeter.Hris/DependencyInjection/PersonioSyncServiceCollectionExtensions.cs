using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Teammeter.Hris.Apideck;
using Teammeter.Hris.Diagnostics;
using Teammeter.Hris.Sync;

namespace Teammeter.Hris;

/// <summary>Registers the Personio sync in a host's service collection.</summary>
public static class PersonioSyncServiceCollectionExtensions
{
    /// <summary>Registers the sync with options bound from a configuration section.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The section holding <see cref="PersonioSyncOptions"/> (for example <c>configuration.GetSection("PersonioSync")</c>).</param>
    /// <returns>A builder to keep configuring the sync.</returns>
    /// <remarks>The host registers its <see cref="ITeammeterSink"/> and <see cref="IInvitationSender"/>; a missing one fails at start-up.</remarks>
    public static PersonioSyncBuilder AddPersonioSync(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddPersonioSyncCore(builder => builder.Bind(configuration));
    }

    /// <summary>Registers the sync with options set in code.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>A builder to keep configuring the sync.</returns>
    /// <remarks>The host registers its <see cref="ITeammeterSink"/> and <see cref="IInvitationSender"/>; a missing one fails at start-up.</remarks>
    public static PersonioSyncBuilder AddPersonioSync(this IServiceCollection services, Action<PersonioSyncOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddPersonioSyncCore(builder => builder.Configure(configure));
    }

    private static PersonioSyncBuilder AddPersonioSyncCore(this IServiceCollection services, Action<OptionsBuilder<PersonioSyncOptions>> configure)
    {
        var options = services.AddOptions<PersonioSyncOptions>();
        configure(options);
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PersonioSyncOptions>, PersonioSyncOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PersonioSyncOptions>, HostServicesValidator>());

        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SyncTelemetry>();
        // The review loop's store: the host's own across nodes and restarts; in memory when the host has none.
        services.TryAddSingleton<ISyncStore, InMemorySyncStore>();

        // A singleton that captures none of the host's services: the sink, sender, store, observers, notifier and the
        // HR source (with its HttpClient) are resolved per run from a scope of their own, so a host may register
        // them scoped (an EF Core DbContext) or as singletons (docs/host-integration.md, "Lifetimes").
        services.TryAddSingleton<IPersonioSync>(static sp => new PersonioSync(
            sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetRequiredService<IOptions<PersonioSyncOptions>>(),
            sp.GetRequiredService<SyncTelemetry>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<PersonioSync>>()));

        // Event-driven runs (webhooks) start in this process unless a clustered scheduler replaces this.
        services.TryAddSingleton<ISyncDispatcher>(static sp => new Scheduling.InProcessSyncDispatcher(
            () => sp.GetRequiredService<IPersonioSync>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<Scheduling.InProcessSyncDispatcher>>()));

        var httpClient = services.AddApideckHris();
        return new PersonioSyncBuilder(services, httpClient);
    }
}
