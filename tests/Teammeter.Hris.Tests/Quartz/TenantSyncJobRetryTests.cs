using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using Quartz.Impl.Matchers;
using Teammeter.Hris.Scheduling;
using Teammeter.Hris.Tests.Helpers;

namespace Teammeter.Hris.Tests.Quartz;

/// <summary>
/// The Quartz job's same-day retries of a failed scheduled run, on Quartz's in-memory store. Quartz fires on the real
/// clock while the job plans with the host's <see cref="TimeProvider"/> (a fake here): a fake clock far in the future
/// plans retries that stay put for inspection; one in the past plans retries Quartz fires at once, as late ones.
/// </summary>
public sealed class TenantSyncJobRetryTests
{
    private const string Group = "teammeter-hris";
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    // 10:00 in Berlin (summer time), years ahead: a retry planned from here does not fire during the test.
    private static readonly DateTimeOffset Future = new(2099, 6, 1, 8, 0, 0, TimeSpan.Zero);

    // Long past: a retry planned from here is overdue on Quartz's clock and fires at once.
    private static readonly DateTimeOffset Past = new(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Execute_ScheduledRunFails_SchedulesOneRetryAfterTheDelayAsAttemptOne()
    {
        var sync = new FlakySync();
        await using var node = await StartNodeAsync(sync, new FakeTimeProvider(Future));

        await FireScheduledAsync(node, "t1");
        await Eventually.TrueAsync(() => node.Scheduler.CheckExists(TenantSchedule.RetryTriggerKey("t1", Group)), TimeSpan.FromSeconds(10));

        var keys = await node.Scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(TenantSchedule.RetryGroup(Group)));
        keys.Should().ContainSingle();
        var retry = await node.Scheduler.GetTrigger(keys.Single());
        retry!.StartTimeUtc.Should().Be(Future + TimeSpan.FromMinutes(10));
        retry.JobKey.Should().Be(TenantSchedule.JobKey("t1", Group));
        retry.JobDataMap.GetString(TenantSchedule.SyncTriggerKey).Should().Be(nameof(SyncTrigger.Retry));
        retry.JobDataMap.GetString(TenantSchedule.RetryAttemptKey).Should().Be("1");
        sync.Triggers.Should().Equal(SyncTrigger.Schedule);
    }

    [Fact]
    public async Task Execute_RetryFires_RunIsRecordedAsRetryInTheHistory()
    {
        // The real engine; its clock (05:00 UTC, days ago) plans a retry that is overdue on Quartz's clock.
        await using var harness = new SyncHarness(o => o.FailedRunRetries = 1);
        harness.Employees.AddRange(Employees.Organisation(3));
        harness.Source.Failure = new HrisSourceException("HR unavailable");
        await using var node = await StartNodeAsync(harness.Sync, harness.Time, retries: 1, tenants: new StaticTenantProvider(Tenant(SyncHarness.Tenant, TimeZoneInfo.Utc)));

        await FireScheduledAsync(node, SyncHarness.Tenant);
        await Eventually.TrueAsync(() => harness.Observer.Runs.Count == 2, TimeSpan.FromSeconds(10));
        await WhenIdleAsync(node);

        var runs = await harness.Sync.GetRunsAsync(SyncHarness.Tenant);
        runs.Select(r => r.Trigger).Should().BeEquivalentTo([SyncTrigger.Retry, SyncTrigger.Schedule]);
        runs.Should().AllSatisfy(r => r.Outcome.Should().Be(SyncOutcome.Failed));
        harness.Observer.Runs.Select(r => r.Run.Trigger).Should().Equal(SyncTrigger.Schedule, SyncTrigger.Retry);
    }

    [Fact]
    public async Task Execute_EngineKeepsFailing_RetriesWithDoublingDelayUntilFailedRunRetries()
    {
        var sync = new FlakySync();
        var fires = new RetryFires();
        await using var node = await StartNodeAsync(sync, new FakeTimeProvider(Past), retries: 2, fires);

        await FireScheduledAsync(node, "t1");
        await Eventually.TrueAsync(() => sync.Calls == 3, TimeSpan.FromSeconds(10));
        await WhenIdleAsync(node);
        await Task.Delay(300); // room for a fourth run to show up

        sync.Triggers.Should().Equal(SyncTrigger.Schedule, SyncTrigger.Retry, SyncTrigger.Retry);
        fires.Fired.Should().Equal((1, Past + TimeSpan.FromMinutes(10)), (2, Past + TimeSpan.FromMinutes(20)));
        (await node.Scheduler.CheckExists(TenantSchedule.RetryTriggerKey("t1", Group))).Should().BeFalse();
    }

    [Fact]
    public async Task Execute_RetryWouldCrossTheTenantsLocalMidnight_SchedulesNoRetry()
    {
        // 23:55 in Berlin: ten minutes later is the next local day, which the daily fire covers.
        var sync = new FlakySync();
        await using var node = await StartNodeAsync(sync, new FakeTimeProvider(new DateTimeOffset(2099, 6, 1, 21, 55, 0, TimeSpan.Zero)));

        await FireScheduledAsync(node, "t1");
        await Eventually.TrueAsync(() => sync.Calls == 1, TimeSpan.FromSeconds(10));
        await WhenIdleAsync(node);

        (await node.Scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(TenantSchedule.RetryGroup(Group)))).Should().BeEmpty();
    }

    [Fact]
    public async Task Execute_RetrySucceeds_EndsTheStreak()
    {
        var sync = new FlakySync { Failures = 1 };
        await using var node = await StartNodeAsync(sync, new FakeTimeProvider(Past));

        await FireScheduledAsync(node, "t1");
        await Eventually.TrueAsync(() => sync.Calls == 2, TimeSpan.FromSeconds(10));
        await WhenIdleAsync(node);
        await Task.Delay(300);

        sync.Triggers.Should().Equal(SyncTrigger.Schedule, SyncTrigger.Retry);
        (await node.Scheduler.CheckExists(TenantSchedule.RetryTriggerKey("t1", Group))).Should().BeFalse();
    }

    [Fact]
    public async Task Execute_OtherRunSucceedsWhileARetryWaits_RemovesTheRetry()
    {
        var sync = new FlakySync { Failures = 0 };
        await using var node = await StartNodeAsync(sync, new FakeTimeProvider(Future));
        await node.Scheduler.ScheduleJob(TenantSchedule.Job("t1", Group), [TenantSchedule.RetryTrigger("t1", Group, new PendingRetry(Future.AddMinutes(10), 1))], replace: true);

        await FireScheduledAsync(node, "t1");
        await Eventually.TrueAsync(async () => !await node.Scheduler.CheckExists(TenantSchedule.RetryTriggerKey("t1", Group)), TimeSpan.FromSeconds(10));

        sync.Triggers.Should().Equal(SyncTrigger.Schedule);
    }

    [Fact]
    public async Task Execute_WebhookRunFails_SchedulesNoRetry()
    {
        var sync = new FlakySync();
        await using var node = await StartNodeAsync(sync, new FakeTimeProvider(Future));

        await node.Scheduler.ScheduleJob(TenantSchedule.Job("t1", Group), [TenantSchedule.RequestTrigger("t1", Group, SyncTrigger.Webhook, DateTimeOffset.UtcNow)], replace: true);
        await Eventually.TrueAsync(() => sync.Calls == 1, TimeSpan.FromSeconds(10));
        await WhenIdleAsync(node);

        sync.Triggers.Should().Equal(SyncTrigger.Webhook);
        (await node.Scheduler.CheckExists(TenantSchedule.RetryTriggerKey("t1", Group))).Should().BeFalse();
    }

    [Fact]
    public async Task Execute_RetryFiresAfterItsLocalDayEnded_SkipsTheRun()
    {
        // The scheduler was down: the retry planned for yesterday evening fires only now, on the next local day.
        var sync = new FlakySync();
        await using var node = await StartNodeAsync(sync, new FakeTimeProvider(Past));
        await node.Scheduler.ScheduleJob(TenantSchedule.Job("t1", Group), [TenantSchedule.RetryTrigger("t1", Group, new PendingRetry(Past.AddDays(-1), 1))], replace: true);

        await Eventually.TrueAsync(async () => !await node.Scheduler.CheckExists(TenantSchedule.JobKey("t1", Group)), TimeSpan.FromSeconds(10));

        sync.Calls.Should().Be(0);
    }

    private static SyncTenant Tenant(string id, TimeZoneInfo zone) => new(id, zone, new TimeOnly(6, 0), AutoSync: true);

    private static async Task<QuartzNode> StartNodeAsync(IPersonioSync sync, TimeProvider time, int retries = 3, ITriggerListener? listener = null, ISyncTenantProvider? tenants = null)
    {
        var node = await QuartzNode.CreateAsync(
            sync,
            tenants ?? new StaticTenantProvider(Tenant("t1", Berlin)),
            q => q.SchedulerName = $"retry-{Guid.NewGuid():N}",
            builder =>
            {
                builder.Services.AddSingleton(time);
                // The engine is given; the sink and sender only satisfy the options' start-up check the retry reads through.
                builder.Services.AddSingleton<ITeammeterSink>(new InMemoryTeammeterSink());
                builder.Services.AddSingleton<IInvitationSender>(new RecordingInvitationSender());
                builder.Services.Configure<PersonioSyncOptions>(o => o.FailedRunRetries = retries);
            });
        if (listener is not null)
        {
            node.Scheduler.ListenerManager.AddTriggerListener(listener, EverythingMatcher<TriggerKey>.AllTriggers());
        }

        await node.Scheduler.Start();
        return node;
    }

    /// <summary>What the tenant's daily cron trigger does at its time: fire the job without a trigger kind.</summary>
    private static Task FireScheduledAsync(QuartzNode node, string tenantId) =>
        node.Scheduler.ScheduleJob(
            TenantSchedule.Job(tenantId, Group),
            [TriggerBuilder.Create().WithIdentity(tenantId, Group).ForJob(tenantId, Group).StartNow().Build()],
            replace: true);

    private static Task WhenIdleAsync(QuartzNode node) =>
        Eventually.TrueAsync(async () => (await node.Scheduler.GetCurrentlyExecutingJobs()).Count == 0, TimeSpan.FromSeconds(10));
}
