using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace Teammeter.Hris.Tests.Quartz;

public sealed class PersonioSyncQuartzExtensionsTests
{
    [Fact]
    public async Task UseQuartzScheduling_HostedServicesStart_KeeperSchedulesAutoSyncTenantsInTheHostsScheduler()
    {
        var tenants = new MutableTenants(new SyncTenant("a", TimeZoneInfo.Utc, new TimeOnly(6, 0), true), new SyncTenant("b", TimeZoneInfo.Utc, new TimeOnly(6, 0), false));
        await using var node = await QuartzNode.CreateAsync(new SpySync("n1", new SyncLedger()), tenants, q => q.SchedulerName = $"di-{Guid.NewGuid():N}");

        await node.Keeper.StartAsync(default);
        await Eventually.TrueAsync(() => node.Scheduler.CheckExists(new TriggerKey("a", "teammeter-hris")).GetAwaiter().GetResult(), TimeSpan.FromSeconds(10));
        await node.Keeper.StopAsync(default);

        (await node.Scheduler.CheckExists(new TriggerKey("b", "teammeter-hris"))).Should().BeFalse();
    }

    [Fact]
    public void UseQuartzScheduling_CalledTwice_RegistersOneKeeper()
    {
        var services = new ServiceCollection();

        services.AddPersonioSync(o => o.AppId = "app").UseQuartzScheduling().UseQuartzScheduling();

        services.Count(d => d.ServiceType == typeof(IHostedService)).Should().Be(1);
    }

    [Fact]
    public void Options_HostWithoutQuartzOrTenantList_FailsValidationNamingBoth()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPersonioSync(o => o.AppId = "app").UseQuartzScheduling(o => o.ScheduleRefreshInterval = TimeSpan.Zero);
        using var provider = services.BuildServiceProvider();

        var read = () => provider.GetRequiredService<IOptions<QuartzSchedulingOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().Which.Failures.Should().SatisfyRespectively(
            f => f.Should().Contain("ScheduleRefreshInterval"),
            f => f.Should().Contain("ISyncTenantProvider"),
            f => f.Should().Contain("services.AddQuartz"));
    }

    [Fact]
    public void Options_DailySyncAlsoRegistered_FailsValidationNamingBothSchedulers()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<ISyncTenantProvider>(new MutableTenants());
        services.AddQuartz();
        services.AddPersonioSync(o => o.AppId = "app").AddDailySync().UseQuartzScheduling();
        using var provider = services.BuildServiceProvider();

        var read = () => provider.GetRequiredService<IOptions<QuartzSchedulingOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().Which.Failures.Should().ContainSingle()
            .Which.Should().Contain("UseQuartzScheduling and AddDailySync are both registered");
    }
}
