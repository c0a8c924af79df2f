using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Teammeter.Hris.Apideck;
using Teammeter.Hris.Tests.Apideck.Helpers;
using Teammeter.Hris.Tests.Helpers;

namespace Teammeter.Hris.Tests.Apideck;

/// <summary>
/// The API key and app id are read per request from the current options, and the engine asks the factory for a client
/// per run: a configuration reload rotates the key without a restart, and a reload that empties it fails the run with
/// a typed error instead of sending an empty bearer token.
/// </summary>
public sealed class ApideckCredentialsTests : IAsyncDisposable
{
    private const string Tenant = "acme";

    // The factory's smallest handler lifetime: short enough for a test to outlive it.
    private static readonly TimeSpan HandlerLifetime = TimeSpan.FromSeconds(1);
    private readonly ConcurrentQueue<(string? Authorization, string? AppId)> _requests = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly IConfigurationRoot _configuration = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PersonioSync:AppId"] = "app-1",
            ["PersonioSync:ApiKey"] = "sk_first-key",
        })
        .Build();

    private readonly ServiceProvider _provider;
    private int _clients;
    private int _handlers;

    public ApideckCredentialsTests()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        var sync = services.AddPersonioSync(_configuration.GetSection("PersonioSync"));
        sync.HttpClient
            .ConfigurePrimaryHttpMessageHandler(() =>
            {
                Interlocked.Increment(ref _handlers);
                return new EmployeesPageHandler(_requests);
            })
            .ConfigureHttpClient(_ => Interlocked.Increment(ref _clients))
            .SetHandlerLifetime(HandlerLifetime);
        services.AddSingleton<ITeammeterSink, InMemoryTeammeterSink>();
        services.AddSingleton<IInvitationSender, RecordingInvitationSender>();
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    private IPersonioSync Sync => _provider.GetRequiredService<IPersonioSync>();

    [Fact]
    public async Task PlanAsync_KeyRotatedByAConfigurationReload_NextRunSendsTheNewKey()
    {
        await Sync.PlanAsync(Tenant);

        Reload(apiKey: "sk_second-key", appId: "app-2");
        await Sync.PlanAsync(Tenant);

        _requests.Select(r => r.Authorization).Should().Equal("Bearer sk_first-key", "Bearer sk_second-key");
        _requests.Select(r => r.AppId).Should().Equal("app-1", "app-2");
        _logs.Entries.Should().NotContain(e => e.Message.Contains("sk_first-key") || e.Message.Contains("sk_second-key"));
    }

    [Fact]
    public async Task PlanAsync_TwoRuns_TheFactoryIsAskedForAClientPerRun()
    {
        await Sync.PlanAsync(Tenant);
        await Sync.PlanAsync(Tenant);

        _clients.Should().Be(2, "the engine holds no HttpClient between runs, so the factory's handler rotation applies");
    }

    [Fact]
    public async Task PlanAsync_RunAfterTheHandlerLifetime_GetsANewHandler()
    {
        await Sync.PlanAsync(Tenant);

        // The factory retires a handler on a timer: allow a loaded machine some slack beyond the lifetime.
        for (var i = 0; i < 10 && Volatile.Read(ref _handlers) < 2; i++)
        {
            await Task.Delay(HandlerLifetime);
            await Sync.PlanAsync(Tenant);
        }

        _handlers.Should().Be(2, "a handler is renewed after its lifetime, so DNS changes reach the sync");
    }

    [Fact]
    public async Task PlanAsync_ReloadEmptiedTheKey_FailsTypedBeforeSendingAndRecoversAfterTheFix()
    {
        await Sync.PlanAsync(Tenant);

        var reload = () => Reload(apiKey: "", appId: "app-1");
        reload.Should().Throw<Exception>("OptionsMonitor re-validates on reload and says so at once");
        var run = () => Sync.PlanAsync(Tenant);
        var failure = (await run.Should().ThrowAsync<HrisSourceException>()).Which;

        failure.ErrorCode.Should().Be(ApideckCredentialsHandler.InvalidOptionsErrorCode);
        failure.Message.Should().Contain(nameof(PersonioSyncOptions.ApiKey)).And.Contain("reloaded").And.NotContain("sk_first-key");
        _requests.Should().ContainSingle("nothing is sent with an empty key");
        (await Sync.GetRunsAsync(Tenant)).First().Error.Should().Be(ApideckCredentialsHandler.InvalidOptionsErrorCode);

        Reload(apiKey: "sk_fixed-key", appId: "app-1");
        await Sync.PlanAsync(Tenant);
        _requests.Last().Authorization.Should().Be("Bearer sk_fixed-key");
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();

    private void Reload(string apiKey, string appId)
    {
        _configuration["PersonioSync:ApiKey"] = apiKey;
        _configuration["PersonioSync:AppId"] = appId;
        _configuration.Reload();
    }
}
