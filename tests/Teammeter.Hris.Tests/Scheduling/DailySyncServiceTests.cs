using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Teammeter.Hris.Scheduling;
using Teammeter.Hris.Tests.Helpers;

namespace Teammeter.Hris.Tests.Scheduling;

public sealed class DailySyncServiceTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    // The fake clock moves in steps; a run is observed at most one step after its slot.
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(15);

    [Fact]
    public async Task Run_TwoZones_FiresEachTenantAtItsLocalTimeOncePerDay()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
        var tenants = new StaticTenantProvider(new SyncTenant("berlin", Berlin, new TimeOnly(6, 0), true), new SyncTenant("ny", NewYork, new TimeOnly(6, 0), true));
        var sync = new CountingSync(time);
        using var service = CreateSut(tenants, sync, time);
        await service.StartAsync(default);

        await AdvanceAsync(time, TimeSpan.FromHours(6)); // 06:00 UTC = 07:00 Berlin, 01:00 New York
        await WaitUntilAsync(() => sync.Runs.Count == 1);
        await AdvanceAsync(time, TimeSpan.FromHours(6)); // 12:00 UTC = 07:00 New York
        await WaitUntilAsync(() => sync.Runs.Count == 2);
        await AdvanceAsync(time, TimeSpan.FromHours(24));
        await WaitUntilAsync(() => sync.Runs.Count == 4);
        await service.StopAsync(default);

        sync.Runs.Select(r => r.Tenant).Should().Equal("berlin", "ny", "berlin", "ny");
        sync.Runs.Select(r => r.At).Should().SatisfyRespectively(
            at => at.Should().BeCloseTo(new DateTimeOffset(2026, 11, 25, 5, 0, 0, TimeSpan.Zero), Step),
            at => at.Should().BeCloseTo(new DateTimeOffset(2026, 11, 25, 11, 0, 0, TimeSpan.Zero), Step),
            at => at.Should().BeCloseTo(new DateTimeOffset(2026, 11, 26, 5, 0, 0, TimeSpan.Zero), Step),
            at => at.Should().BeCloseTo(new DateTimeOffset(2026, 11, 26, 11, 0, 0, TimeSpan.Zero), Step));
    }

    [Fact]
    public async Task Run_AcrossDstChange_NeitherSkipsNorDoublesADay()
    {
        // Berlin leaves summer time on 2026-10-25.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 10, 23, 12, 0, 0, TimeSpan.Zero));
        var sync = new CountingSync(time);
        using var service = CreateSut(new StaticTenantProvider(new SyncTenant("berlin", Berlin, new TimeOnly(2, 30), true)), sync, time);
        await service.StartAsync(default);

        await AdvanceAsync(time, TimeSpan.FromDays(4));
        await WaitUntilAsync(() => sync.Runs.Count == 4);
        await service.StopAsync(default);

        sync.Runs.Select(r => DailySchedule.LocalDate(r.At, Berlin)).Should().Equal(
            new DateOnly(2026, 10, 24), new DateOnly(2026, 10, 25), new DateOnly(2026, 10, 26), new DateOnly(2026, 10, 27));
    }

    [Fact]
    public async Task Run_AfterDowntimeOfThreeDays_CatchesUpOnceNotThreeTimes()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var lastSync = new DateTimeOffset(2026, 11, 22, 5, 0, 0, TimeSpan.Zero);
        var tenants = new StaticTenantProvider(new SyncTenant("berlin", Berlin, new TimeOnly(6, 0), true) { LastSyncAt = lastSync });
        var sync = new CountingSync(time);
        using var service = CreateSut(tenants, sync, time);

        await service.StartAsync(default);
        await WaitUntilAsync(() => sync.Runs.Count == 1);
        await AdvanceAsync(time, TimeSpan.FromHours(1));
        await service.StopAsync(default);

        sync.Runs.Should().ContainSingle().Which.Tenant.Should().Be("berlin");
    }

    [Fact]
    public async Task Run_WithoutLastSyncRecord_WaitsForTheNextSlotAfterStart()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var sync = new CountingSync(time);
        using var service = CreateSut(new StaticTenantProvider(new SyncTenant("berlin", Berlin, new TimeOnly(6, 0), true)), sync, time);
        await service.StartAsync(default);

        await AdvanceAsync(time, TimeSpan.FromHours(12));
        sync.Runs.Should().BeEmpty();
        await AdvanceAsync(time, TimeSpan.FromHours(6));
        await WaitUntilAsync(() => sync.Runs.Count == 1);
        await service.StopAsync(default);
    }

    [Fact]
    public async Task Run_TenantSwitchesAutoSyncOnAndMovesTime_TakesEffectWithoutRestart()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
        var tenants = new StaticTenantProvider(new SyncTenant("t", TimeZoneInfo.Utc, new TimeOnly(6, 0), false));
        var sync = new CountingSync(time);
        using var service = CreateSut(tenants, sync, time);
        await service.StartAsync(default);

        await AdvanceAsync(time, TimeSpan.FromHours(7));
        sync.Runs.Should().BeEmpty("automatic sync is off");
        tenants.Set(new SyncTenant("t", TimeZoneInfo.Utc, new TimeOnly(9, 0), true));
        await AdvanceAsync(time, TimeSpan.FromHours(2.5));
        await WaitUntilAsync(() => sync.Runs.Count == 1);
        await service.StopAsync(default);

        sync.Runs.Single().At.Should().BeCloseTo(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero), Step);
    }

    [Fact]
    public async Task Run_OneTenantFails_OthersStillRun()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
        var sync = new CountingSync(time) { FailFor = "bad" };
        using var service = CreateSut(new StaticTenantProvider(new SyncTenant("bad", TimeZoneInfo.Utc, new TimeOnly(6, 0), true), new SyncTenant("good", TimeZoneInfo.Utc, new TimeOnly(6, 0), true)), sync, time);
        await service.StartAsync(default);

        await AdvanceAsync(time, TimeSpan.FromHours(7));
        await WaitUntilAsync(() => sync.Runs.Any(r => r.Tenant == "good"));
        await service.StopAsync(default);

        sync.Runs.Count(r => r.Tenant == "good").Should().Be(1);
        sync.Runs.Should().Contain(r => r.Tenant == "bad", "the failing tenant ran too (and is retried, see the retry tests)");
    }

    [Fact]
    public async Task StopAsync_RunInFlight_LetsTheRunFinishBeforeReturning()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
        var sync = new CountingSync(time) { Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        using var service = CreateSut(new StaticTenantProvider(new SyncTenant("t", TimeZoneInfo.Utc, new TimeOnly(6, 0), true)), sync, time);
        await service.StartAsync(default);
        await AdvanceAsync(time, TimeSpan.FromHours(7));
        await WaitUntilAsync(() => sync.Runs.Count == 1);

        var stopping = service.StopAsync(default);
        await Task.Delay(50);
        var stoppedBeforeRunEnded = stopping.IsCompleted;
        sync.Hold.SetResult();
        await stopping;

        stoppedBeforeRunEnded.Should().BeFalse("a graceful stop waits for the run in flight");
        sync.Outcomes.Should().Equal("finished");
    }

    [Fact]
    public async Task StopAsync_ShutdownTimeoutExpires_CancelsTheRunInFlight()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
        var sync = new CountingSync(time) { Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        using var service = CreateSut(new StaticTenantProvider(new SyncTenant("t", TimeZoneInfo.Utc, new TimeOnly(6, 0), true)), sync, time);
        await service.StartAsync(default);
        await AdvanceAsync(time, TimeSpan.FromHours(7));
        await WaitUntilAsync(() => sync.Runs.Count == 1);

        using var shutdownTimeout = new CancellationTokenSource();
        var stopping = service.StopAsync(shutdownTimeout.Token);
        await shutdownTimeout.CancelAsync();
        await stopping;

        await WaitUntilAsync(() => sync.Outcomes.Count == 1);
        sync.Outcomes.Should().Equal("cancelled");
    }

    [Fact]
    public async Task Run_ScheduledSyncFails_IsRetriedTheSameDayWithBackoffThenWaitsForTheNextSlot()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 5, 0, 0, TimeSpan.Zero));
        var sync = new CountingSync(time) { FailFor = "bad" };
        using var service = CreateSut(new StaticTenantProvider(new SyncTenant("bad", TimeZoneInfo.Utc, new TimeOnly(6, 0), true)), sync, time);
        await service.StartAsync(default);

        // Minute steps: a run that starts only after the next step records that step's time, and on a loaded machine
        // 15-minute steps made a 10-minute gap read 30 (the figures compared below are the runs' own clock readings).
        await AdvanceAsync(time, TimeSpan.FromHours(3), TimeSpan.FromMinutes(1));
        await WaitUntilAsync(() => sync.Runs.Count == 4);
        await AdvanceAsync(time, TimeSpan.FromHours(12));
        await service.StopAsync(default);

        // The slot at 06:00, then retries 10, 20 and 40 minutes after each failure; nothing more until tomorrow.
        sync.Triggers.Should().Equal(SyncTrigger.Schedule, SyncTrigger.Retry, SyncTrigger.Retry, SyncTrigger.Retry);
        var at = sync.Runs.Select(r => r.At).ToList();
        (at[1] - at[0]).Should().BeCloseTo(TimeSpan.FromMinutes(10), Step);
        (at[2] - at[1]).Should().BeCloseTo(TimeSpan.FromMinutes(20), Step);
        (at[3] - at[2]).Should().BeCloseTo(TimeSpan.FromMinutes(40), Step);
    }

    [Fact]
    public async Task Run_RetryWouldFallOnTheNextDay_WaitsForTheNextSlot()
    {
        // Due at 23:55 and caught up at 23:56: a retry ten minutes later would be tomorrow.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 23, 56, 0, TimeSpan.Zero));
        var sync = new CountingSync(time) { FailFor = "bad" };
        var tenant = new SyncTenant("bad", TimeZoneInfo.Utc, new TimeOnly(23, 55), true) { LastSyncAt = new DateTimeOffset(2026, 11, 24, 23, 55, 0, TimeSpan.Zero) };
        using var service = CreateSut(new StaticTenantProvider(tenant), sync, time);
        await service.StartAsync(default);

        await WaitUntilAsync(() => sync.Runs.Count == 1);
        await AdvanceAsync(time, TimeSpan.FromHours(2));
        await service.StopAsync(default);

        sync.Triggers.Should().Equal(SyncTrigger.Schedule);
    }

    [Fact]
    public async Task Run_BadTenantRecords_SkipsThemAndRunsTheRest()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
        var tenants = new StaticTenantProvider(
            null!,
            new SyncTenant(null!, Berlin, new TimeOnly(6, 0), true),
            new SyncTenant("", Berlin, new TimeOnly(6, 0), true),
            new SyncTenant("no-zone", null!, new TimeOnly(6, 0), true),
            new SyncTenant("good", Berlin, new TimeOnly(6, 0), true));
        var sync = new CountingSync(time);
        using var service = CreateSut(tenants, sync, time);
        await service.StartAsync(default);

        await AdvanceAsync(time, TimeSpan.FromHours(6));
        await WaitUntilAsync(() => sync.Runs.Count == 1);
        await AdvanceAsync(time, TimeSpan.FromHours(24));
        await WaitUntilAsync(() => sync.Runs.Count == 2);

        service.ExecuteTask!.IsFaulted.Should().BeFalse("one bad record must not stop the scheduler (and with it the host)");
        await service.StopAsync(default);
        sync.Runs.Select(r => r.Tenant).Should().Equal("good", "good");
    }

    private static DailySyncService CreateSut(ISyncTenantProvider tenants, IPersonioSync sync, TimeProvider time) =>
        new(() => sync, () => tenants, Options.Create(new PersonioSyncOptions { ScheduleRefreshInterval = TimeSpan.FromMinutes(5) }), time, NullLogger<DailySyncService>.Instance);

    // Moves the fake clock step by step, giving the service's loop a moment to react to each step.
    private static async Task AdvanceAsync(FakeTimeProvider time, TimeSpan by, TimeSpan? step = null)
    {
        var end = time.GetUtcNow() + by;
        var size = step ?? Step;
        while (time.GetUtcNow() < end)
        {
            await Task.Delay(1);
            time.Advance(size < end - time.GetUtcNow() ? size : end - time.GetUtcNow());
        }

        await Task.Delay(20);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
        }

        condition().Should().BeTrue("the scheduler should have reached the expected state");
    }

    private sealed class CountingSync(TimeProvider time) : SchedulerSyncDouble
    {
        private readonly ConcurrentQueue<(string Tenant, DateTimeOffset At)> _runs = new();

        private readonly ConcurrentQueue<string> _outcomes = new();

        public string? FailFor { get; init; }

        /// <summary>When set, each run waits for it (or for its cancellation) before it ends.</summary>
        public TaskCompletionSource? Hold { get; init; }

        public IReadOnlyList<(string Tenant, DateTimeOffset At)> Runs => [.. _runs];

        public ConcurrentQueue<SyncTrigger> Triggers { get; } = new();

        public IReadOnlyList<string> Outcomes => [.. _outcomes];

        public override async Task<SyncReport> SyncAsync(string tenantId, SyncTrigger trigger = SyncTrigger.Manual, CancellationToken cancellationToken = default)
        {
            _runs.Enqueue((tenantId, time.GetUtcNow()));
            Triggers.Enqueue(trigger);
            if (tenantId == FailFor)
            {
                throw new InvalidOperationException("simulated");
            }

            if (Hold is not null)
            {
                try
                {
                    await Hold.Task.WaitAsync(cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    _outcomes.Enqueue("cancelled");
                    throw;
                }
            }

            _outcomes.Enqueue("finished");
            return new SyncReport(tenantId, SyncRunKind.Sync, isInitialSync: false, new ChangeSet([], [], []), time.GetUtcNow(), 0, 0, TimeSpan.Zero, HrisFields.None, "plan", trigger, null);
        }
    }
}
