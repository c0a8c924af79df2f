using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Teammeter.Hris.Scheduling;

namespace Teammeter.Hris.Tests.Quartz;

public sealed class QuartzSyncDispatcherTests
{
    [Fact]
    public void UseQuartzScheduling_ReplacesTheInProcessDispatcher()
    {
        var services = new ServiceCollection();
        services.AddPersonioSync(o => o.ApiKey = "k").UseQuartzScheduling();

        services.Where(d => d.ServiceType == typeof(ISyncDispatcher)).Should().ContainSingle();
    }

    [Fact]
    public async Task RequestSync_ManyRequestsWithinTheDelay_OneRunRecordedAsWebhook()
    {
        var ledger = new SyncLedger();
        await using var node = await QuartzNode.CreateAsync(new SpySync("n1", ledger), new MutableTenants(), q => q.SchedulerName = $"dispatch-{Guid.NewGuid():N}");
        var dispatcher = node.Services.GetRequiredService<ISyncDispatcher>();
        dispatcher.Should().BeOfType<QuartzSyncDispatcher>();

        for (var i = 0; i < 20; i++)
        {
            await dispatcher.RequestSyncAsync("tenant-1", SyncTrigger.Webhook, TimeSpan.FromMilliseconds(500), default);
        }

        await node.Scheduler.Start();
        await Eventually.TrueAsync(() => !ledger.Completed.IsEmpty, TimeSpan.FromSeconds(10));
        // The one-off trigger is gone once it has run, and so is the job of this tenant without a daily schedule.
        await Eventually.TrueAsync(() => !node.Scheduler.CheckExists(TenantSchedule.JobKey("tenant-1", "teammeter-hris")).Result, TimeSpan.FromSeconds(10));

        ledger.Completed.Should().ContainSingle();
        ledger.Triggers.Should().Equal(("tenant-1", SyncTrigger.Webhook));
    }

    [Fact]
    public async Task RequestSync_TenantWithADailyTrigger_KeepsTheDailyTrigger()
    {
        var ledger = new SyncLedger();
        var tenant = new SyncTenant("tenant-2", TimeZoneInfo.Utc, new TimeOnly(3, 0), AutoSync: true);
        await using var node = await QuartzNode.CreateAsync(new SpySync("n1", ledger), new MutableTenants(tenant), q => q.SchedulerName = $"dispatch-{Guid.NewGuid():N}");
        await node.Keeper.RefreshAsync(default);
        await node.Scheduler.Start();

        await node.Services.GetRequiredService<ISyncDispatcher>().RequestSyncAsync("tenant-2", SyncTrigger.Webhook, TimeSpan.Zero, default);
        await Eventually.TrueAsync(() => !ledger.Completed.IsEmpty, TimeSpan.FromSeconds(10));

        ledger.Triggers.Should().Equal(("tenant-2", SyncTrigger.Webhook));
        (await node.Scheduler.GetTrigger(TenantSchedule.TriggerKey("tenant-2", "teammeter-hris"))).Should().NotBeNull("the daily schedule stays");
        (await node.Keeper.RefreshAsync(default)).Any.Should().BeFalse("the keeper ignores the requested run's trigger");
    }
}
