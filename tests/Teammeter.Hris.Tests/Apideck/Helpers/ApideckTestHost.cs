using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RichardSzalay.MockHttp;
using Teammeter.Hris.Apideck;

namespace Teammeter.Hris.Tests.Apideck.Helpers;

/// <summary>
/// The real registration (<c>AddApideckHris</c>: typed client, resilience pipeline, source, connections) with a
/// MockHttp primary handler, so unit tests exercise exactly what a host gets.
/// </summary>
internal sealed class ApideckTestHost : IDisposable
{
    public const string ApiKey = "sk_live_secret-api-key";
    public const string AppId = "app-123";

    private readonly ServiceProvider _provider;

    public ApideckTestHost(Action<PersonioSyncOptions>? configure = null, TimeProvider? timeProvider = null, HttpMessageHandler? primaryHandler = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        services.AddOptions<PersonioSyncOptions>().Configure(o =>
        {
            o.ApideckBaseAddress = new Uri(ApideckFixtures.BaseAddress);
            o.ApiKey = ApiKey;
            o.AppId = AppId;
            o.MaxRetryAttempts = 3;
            configure?.Invoke(o);
        });
        services.AddApideckHris().ConfigurePrimaryHttpMessageHandler(() => primaryHandler ?? Mock);
        _provider = services.BuildServiceProvider();
    }

    public MockHttpMessageHandler Mock { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public IHrisSource Source => _provider.GetRequiredService<IHrisSource>();

    public IHrisConnections Connections => _provider.GetRequiredService<IHrisConnections>();

    public ApideckClient Client => _provider.GetRequiredService<ApideckClient>();

    /// <summary>Runs <paramref name="action"/> while advancing fake time, so retry waits pass instantly.</summary>
    public static async Task<T> RunAdvancingAsync<T>(FakeTimeProvider time, Func<Task<T>> action, TimeSpan step)
    {
        var task = action();
        for (var i = 0; i < 10_000 && !task.IsCompleted; i++)
        {
            time.Advance(step);
            await Task.Delay(1);
        }

        return await task;
    }

    public void Dispose()
    {
        _provider.Dispose();
        Mock.Dispose();
    }
}
