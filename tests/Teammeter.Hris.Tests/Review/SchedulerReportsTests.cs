using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Quartz;
using Teammeter.Hris.Scheduling;
using Teammeter.Hris.Tests.Helpers;
using Teammeter.Hris.Tests.Quartz;

namespace Teammeter.Hris.Tests.Review;

/// <summary>
/// Both schedulers deliver every run's report through the engine's one path: the run history and the host's
/// observers, with trigger <see cref="SyncTrigger.Schedule"/>.
/// </summary>
public sealed class SchedulerReportsTests
{
    [Fact]
    public async Task DailySync_ScheduledRun_ReachesHistoryAndObserver()
    {
        await using var harness = new SyncHarness();
        harness.Employees.AddRange(Employees.Organisation(3));
        var tenant = new SyncTenant(SyncHarness.Tenant, TimeZoneInfo.Utc, new TimeOnly(5, 0), true) { LastSyncAt = harness.Time.GetUtcNow().AddDays(-1) };
        await RunDailySyncOnceAsync(harness, new StaticTenantProvider(tenant));

        await ShouldHaveReportedScheduledRunAsync(harness);
    }

    [Fact]
    public async Task QuartzJob_ScheduledRun_ReachesHistoryAndObserver()
    {
        await using var harness = new SyncHarness();
        harness.Employees.AddRange(Employees.Organisation(3));
        await RunQuartzJobOnceAsync(harness, new MutableTenants());

        await ShouldHaveReportedScheduledRunAsync(harness);
    }

    [Fact]
    public async Task DailySync_ScheduledRun_EngineUsesTheTenantTheSchedulerHolds()
    {
        var tenants = new CountingTenants(new SyncTenant(SyncHarness.Tenant, TimeZoneInfo.Utc, new TimeOnly(5, 0), true));
        await using var harness = new SyncHarness(tenants: tenants);
        harness.Employees.AddRange(Employees.Organisation(3));
        tenants.Set(new SyncTenant(SyncHarness.Tenant, TimeZoneInfo.Utc, new TimeOnly(5, 0), true) { LastSyncAt = harness.Time.GetUtcNow().AddDays(-1) });
        await RunDailySyncOnceAsync(harness, tenants);

        await ShouldHaveReportedScheduledRunAsync(harness);
        tenants.Lookups.Should().Be(0, "the scheduler hands the engine the tenant it read with the list");
    }

    [Fact]
    public async Task QuartzJob_ScheduledRun_ReadsTheTenantOnceForTheEngine()
    {
        var tenants = new CountingTenants(new SyncTenant(SyncHarness.Tenant, TimeZoneInfo.Utc, new TimeOnly(5, 0), true));
        await using var harness = new SyncHarness(tenants: tenants);
        harness.Employees.AddRange(Employees.Organisation(3));
        await RunQuartzJobOnceAsync(harness, tenants);

        await ShouldHaveReportedScheduledRunAsync(harness);
        tenants.Lookups.Should().Be(1, "the job reads the tenant it holds only by id once and hands it to the engine");
    }

    /// <summary>Starts the built-in scheduler over <paramref name="tenants"/> until the harness observed a run.</summary>
    private static async Task RunDailySyncOnceAsync(SyncHarness harness, ISyncTenantProvider tenants)
    {
        using var service = new DailySyncService(
            () => harness.Sync,
            () => tenants,
            Options.Create(new PersonioSyncOptions()),
            harness.Time,
            NullLogger<DailySyncService>.Instance);

        await service.StartAsync(default);
        await Eventually.TrueAsync(() => !harness.Observer.Runs.IsEmpty, TimeSpan.FromSeconds(10));
        await service.StopAsync(default);
    }

    /// <summary>Fires the tenant's Quartz job once, now, on a node of its own, until the harness observed a run.</summary>
    private static async Task RunQuartzJobOnceAsync(SyncHarness harness, ISyncTenantProvider tenants)
    {
        await using var node = await QuartzNode.CreateAsync(harness.Sync, tenants, q => q.SchedulerName = $"reports-{Guid.NewGuid():N}");
        await node.Scheduler.Start();

        await node.Scheduler.ScheduleJob(
            TenantSchedule.Job(SyncHarness.Tenant, "teammeter-hris"),
            TriggerBuilder.Create().ForJob(SyncHarness.Tenant, "teammeter-hris").StartNow().Build());
        await Eventually.TrueAsync(() => !harness.Observer.Runs.IsEmpty, TimeSpan.FromSeconds(10));
    }

    private static async Task ShouldHaveReportedScheduledRunAsync(SyncHarness harness)
    {
        var (run, report) = harness.Observer.Runs.Single();
        run.Should().BeEquivalentTo(new { TenantId = SyncHarness.Tenant, Kind = SyncRunKind.Sync, Trigger = SyncTrigger.Schedule, Outcome = SyncOutcome.Succeeded });
        report!.PlanId.Should().Be(run.PlanId);
        report.Trigger.Should().Be(SyncTrigger.Schedule);
        (await harness.Sync.GetRunsAsync(SyncHarness.Tenant)).Should().ContainSingle().Which.Should().Be(run);
    }
}
