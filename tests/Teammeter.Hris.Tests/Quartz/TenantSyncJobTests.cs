using Teammeter.Hris.Tests.Helpers;
using Quartz;
using Teammeter.Hris.Scheduling;

namespace Teammeter.Hris.Tests.Quartz;

public sealed class TenantSyncJobTests
{
    [Fact]
    public async Task Execute_FiredByTheHostsScheduler_SyncsTheTenantInItsJobData()
    {
        var ledger = new SyncLedger();
        await using var node = await QuartzNode.CreateAsync(new SpySync("n1", ledger), new MutableTenants(), q => q.SchedulerName = $"job-{Guid.NewGuid():N}");
        await node.Scheduler.Start();

        await node.Scheduler.ScheduleJob(
            TenantSchedule.Job("tenant-7", "teammeter-hris"),
            TriggerBuilder.Create().ForJob("tenant-7", "teammeter-hris").StartNow().Build());
        await Eventually.TrueAsync(() => !ledger.Completed.IsEmpty, TimeSpan.FromSeconds(10));

        ledger.Completed.Should().Equal(("tenant-7", "n1"));
    }

    [Fact]
    public async Task Execute_EngineFails_SwallowsTheFailureAndKeepsTheTrigger()
    {
        var sync = new ThrowingSync();
        await using var node = await QuartzNode.CreateAsync(sync, new MutableTenants(), q => q.SchedulerName = $"job-{Guid.NewGuid():N}");
        await node.Scheduler.Start();
        var trigger = TriggerBuilder.Create().WithIdentity("t", "teammeter-hris").ForJob("tenant-8", "teammeter-hris")
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMilliseconds(50)).WithRepeatCount(1)).StartNow().Build();

        await node.Scheduler.ScheduleJob(TenantSchedule.Job("tenant-8", "teammeter-hris"), trigger);

        // Both fires reach the engine: the first failure neither stopped the trigger nor was retried in a loop.
        await Eventually.TrueAsync(() => sync.Calls == 2, TimeSpan.FromSeconds(10));
        await Task.Delay(200);
        sync.Calls.Should().Be(2);
    }

    private sealed class ThrowingSync : SchedulerSyncDouble
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public override Task<SyncReport> SyncAsync(string tenantId, SyncTrigger trigger = SyncTrigger.Manual, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            throw new HrisSourceException("HR unavailable");
        }
    }
}
