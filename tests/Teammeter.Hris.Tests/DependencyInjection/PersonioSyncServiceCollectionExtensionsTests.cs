using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RichardSzalay.MockHttp;
using Teammeter.Hris.Tests.Apideck.Helpers;
using Teammeter.Hris.Tests.Helpers;

namespace Teammeter.Hris.Tests.DependencyInjection;

public sealed class PersonioSyncServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddPersonioSync_FromConfiguration_HostStartsAndResolvesTheSync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PersonioSync:AppId"] = "app",
            ["PersonioSync:ApiKey"] = "key",
            ["PersonioSync:PageSize"] = "150",
            ["PersonioSync:ApideckBaseAddress"] = "https://unify.example.test",
        });
        var sync = builder.Services.AddPersonioSync(builder.Configuration.GetSection("PersonioSync"));
        builder.Services.AddSingleton<ITeammeterSink, InMemoryTeammeterSink>();
        builder.Services.AddSingleton<IInvitationSender, RecordingInvitationSender>();
        using var host = builder.Build();

        await host.StartAsync();

        sync.HttpClient.Should().NotBeNull();
        host.Services.GetRequiredService<IPersonioSync>().Should().NotBeNull();
        host.Services.GetRequiredService<IHrisSource>().Should().NotBeNull();
        var options = host.Services.GetRequiredService<IOptions<PersonioSyncOptions>>().Value;
        options.PageSize.Should().Be(150);
        options.ApideckBaseAddress.Should().Be(new Uri("https://unify.example.test"));
        await host.StopAsync();
    }

    [Fact]
    public async Task AddPersonioSync_ClientConfiguredByItsName_IsTheClientTheSourceUses()
    {
        // The client is a named one ("ApideckClient"), made by the package's own factory: a host that configures it
        // by name, as it could configure the typed client before, still reaches every request.
        using var mock = new MockHttpMessageHandler();
        mock.When("*").Respond(_ => ApideckFixtures.Json(ApideckFixtures.Page(null, ApideckFixtures.Employee("e1"))));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPersonioSync(o =>
        {
            o.AppId = "app";
            o.ApiKey = "key";
            o.ApideckBaseAddress = new Uri(ApideckFixtures.BaseAddress);
        });
        services.AddSingleton<ITeammeterSink, InMemoryTeammeterSink>();
        services.AddSingleton<IInvitationSender, RecordingInvitationSender>();
        services.AddHttpClient("ApideckClient").ConfigurePrimaryHttpMessageHandler(() => mock);
        await using var provider = services.BuildServiceProvider();

        var snapshot = await provider.GetRequiredService<IHrisSource>().ReadSnapshotAsync("tenant-1");

        snapshot.Employees.Should().ContainSingle(e => e.EmployeeId == "e1");
    }

    public static TheoryData<string, Action<PersonioSyncOptions>> InvalidOptions => new()
    {
        { nameof(PersonioSyncOptions.AppId), o => o.AppId = " " },
        { nameof(PersonioSyncOptions.ApiKey), o => o.ApiKey = "" },
        { nameof(PersonioSyncOptions.ServiceId), o => o.ServiceId = "" },
        { nameof(PersonioSyncOptions.ApideckBaseAddress), o => o.ApideckBaseAddress = new Uri("http://unify.apideck.com") },
        { nameof(PersonioSyncOptions.PageSize), o => o.PageSize = 201 },
        { nameof(PersonioSyncOptions.PageSize), o => o.PageSize = 0 },
        { nameof(PersonioSyncOptions.MaxRetryAttempts), o => o.MaxRetryAttempts = -1 },
        { nameof(PersonioSyncOptions.MaxConcurrentTenants), o => o.MaxConcurrentTenants = 0 },
        { nameof(PersonioSyncOptions.ApplyBatchSize), o => o.ApplyBatchSize = 0 },
        { nameof(PersonioSyncOptions.AttemptTimeout), o => o.AttemptTimeout = TimeSpan.Zero },
        { nameof(PersonioSyncOptions.RequestTimeout), o => o.RequestTimeout = TimeSpan.FromSeconds(1) },
        { nameof(PersonioSyncOptions.SnapshotTimeout), o => o.SnapshotTimeout = TimeSpan.FromSeconds(-1) },
        { nameof(PersonioSyncOptions.ScheduleRefreshInterval), o => o.ScheduleRefreshInterval = TimeSpan.Zero },
        { nameof(PersonioSyncOptions.TenantLeaseDuration), o => o.TenantLeaseDuration = TimeSpan.FromSeconds(9) },
        { nameof(PersonioSyncOptions.TenantLeaseDuration), o => o.TenantLeaseDuration = TimeSpan.FromHours(2) },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public async Task AddPersonioSync_InvalidOption_FailsAtStartNamingTheOption(string option, Action<PersonioSyncOptions> breakIt)
    {
        using var host = BuildHost(o => breakIt(o));

        var act = () => host.StartAsync();

        (await act.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain(option);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://[::1]:5000")]
    public async Task AddPersonioSync_PlainHttpToLoopback_IsAccepted(string address)
    {
        using var host = BuildHost(o => o.ApideckBaseAddress = new Uri(address));

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public async Task AddPersonioSync_NoSinkRegistered_FailsAtStartNamingTheInterface()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddPersonioSync(o => { o.AppId = "a"; o.ApiKey = "k"; });
        builder.Services.AddSingleton<IInvitationSender, RecordingInvitationSender>();
        using var host = builder.Build();

        var act = () => host.StartAsync();

        (await act.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain(nameof(ITeammeterSink)).And.NotContain(nameof(IInvitationSender));
    }

    [Fact]
    public async Task AddDailySync_NoTenantProvider_FailsAtStartNamingTheInterface()
    {
        using var host = BuildHost(_ => { }, daily: true);

        var act = () => host.StartAsync();

        (await act.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain(nameof(ISyncTenantProvider));
    }

    [Fact]
    public async Task AddDailySync_NoSinkRegistered_FailsAtStartWithTheValidatorsMessage()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddPersonioSync(o => { o.AppId = "a"; o.ApiKey = "k"; }).AddDailySync();
        using var host = builder.Build();

        var act = () => host.StartAsync();

        (await act.Should().ThrowAsync<OptionsValidationException>()).Which.Message
            .Should().Contain(nameof(ITeammeterSink)).And.Contain(nameof(IInvitationSender)).And.Contain(nameof(ISyncTenantProvider));
    }

    [Fact]
    public void PersonioSyncOptions_ToString_DoesNotRevealTheApiKey()
    {
        var options = new PersonioSyncOptions { AppId = "app", ApiKey = "super-secret-key" };

        options.ToString().Should().NotContain("super-secret-key").And.Contain("app");
    }

    [Fact]
    public void AddPersonioSync_NullArguments_Throw()
    {
        var services = new ServiceCollection();

        ((Action)(() => services.AddPersonioSync((Action<PersonioSyncOptions>)null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => services.AddPersonioSync((IConfiguration)null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => ((IServiceCollection)null!).AddPersonioSync(_ => { }))).Should().Throw<ArgumentNullException>();
    }

    private static IHost BuildHost(Action<PersonioSyncOptions> configure, bool daily = false)
    {
        var builder = Host.CreateApplicationBuilder();
        var sync = builder.Services.AddPersonioSync(o =>
        {
            o.AppId = "app";
            o.ApiKey = "key";
            configure(o);
        });
        if (daily)
        {
            sync.AddDailySync();
        }

        builder.Services.AddSingleton<ITeammeterSink, InMemoryTeammeterSink>();
        builder.Services.AddSingleton<IInvitationSender, RecordingInvitationSender>();
        return builder.Build();
    }
}
