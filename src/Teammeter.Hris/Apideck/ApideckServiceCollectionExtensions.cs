using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Teammeter.Hris.Apideck;

/// <summary>Registers the Apideck-backed <see cref="IHrisSource"/> and <see cref="IHrisConnections"/>.</summary>
internal static class ApideckServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Apideck client (named <c>ApideckClient</c>) with its resilience pipeline, the source, the connections and
    /// <see cref="TimeProvider.System"/> (unless the host registered its own). Options are configured by the caller.
    /// The source and the connections are transient: whoever resolves them (the engine, once per run) gets a client
    /// from the factory, whose handlers rotate (<c>HandlerLifetime</c>), so DNS changes are seen.
    /// </summary>
    /// <returns>The client's builder, so hosts can add their own handlers.</returns>
    internal static IHttpClientBuilder AddApideckHris(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);

        var builder = services.AddHttpClient(nameof(ApideckClient), static (provider, client) =>
        {
            var options = provider.GetRequiredService<IOptions<PersonioSyncOptions>>().Value;
            client.BaseAddress = WithTrailingSlash(options.ApideckBaseAddress);
            // Timeouts are the resilience pipeline's job; HttpClient's own 100 s default would cut the retry budget short.
            client.Timeout = Timeout.InfiniteTimeSpan;
        });

        // Outermost, so the key and app id are read once per request (not per retry) from the current options; never
        // into DefaultRequestHeaders, where a key would stay until the client is thrown away.
        builder.AddHttpMessageHandler(static provider => new ApideckCredentialsHandler(provider.GetRequiredService<IOptionsMonitor<PersonioSyncOptions>>()));

        // Microsoft.Extensions.Http 8.x (a net8.0 host) logs header values at Trace unless told otherwise, and the API
        // key travels as the bearer token: redact it and Apideck's headers explicitly, whatever the framework default.
        builder.RedactLoggedHeaders(ApideckHeaders.IsRedactedInLogs);

        builder.AddResilienceHandler(ApideckResilience.PipelineName, static (pipeline, context) =>
        {
            var provider = context.ServiceProvider;
            ApideckResilience.Configure(
                pipeline,
                provider.GetRequiredService<IOptions<PersonioSyncOptions>>().Value,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApideckResilience).FullName!));
        });

        // Added after the resilience handler, so it runs inside every attempt: a body that breaks or stalls is retried
        // and timed out like a missing answer.
        builder.AddHttpMessageHandler(static () => new ApideckBufferingHandler());

        // Made here rather than by AddHttpClient<ApideckClient>: the typed client's activator compiles an expression
        // tree the first time, 22-30 ms of every fresh process (docs/performance.md §5, fifth round). Same client name.
        services.TryAddTransient(static provider => new ApideckClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ApideckClient)),
            provider.GetRequiredService<IOptions<PersonioSyncOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<ApideckClient>>()));
        services.TryAddTransient<IHrisSource, ApideckHrisSource>();
        services.TryAddTransient<IHrisConnections, ApideckConnections>();
        return builder;
    }

    // Relative request paths ("hris/employees") resolve under the base address only when it ends with a slash.
    private static Uri WithTrailingSlash(Uri address) =>
        address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
}
