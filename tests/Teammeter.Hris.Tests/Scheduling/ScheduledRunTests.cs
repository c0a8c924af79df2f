using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Teammeter.Hris.Scheduling;
using Teammeter.Hris.Tests.Helpers;

namespace Teammeter.Hris.Tests.Scheduling;

/// <summary>The one scheduled-run path both schedulers share: the run's outcome and the same-day retry plan.</summary>
public sealed class ScheduledRunTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    // 10:00 in Berlin (winter time).
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    public void NextRetry_AttemptWithinTheLimit_WaitsTheDelayDoubledPerEarlierAttempt(int attempt, int minutes)
    {
        var retry = CreateSut(new FakeTimeProvider(Now)).NextRetry(Tenant(Berlin), attempt);

        retry.Should().Be(new PendingRetry(Now.AddMinutes(minutes), attempt));
    }

    [Fact]
    public void NextRetry_AttemptBeyondFailedRunRetries_PlansNone()
    {
        CreateSut(new FakeTimeProvider(Now)).NextRetry(Tenant(Berlin), 4).Should().BeNull();
    }

    [Fact]
    public void NextRetry_RetryWouldFallOnTheTenantsNextLocalDay_PlansNone()
    {
        // 23:55 in Berlin is still 22:55 in UTC: the tenant's day decides, not the server's.
        var sut = CreateSut(new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 22, 55, 0, TimeSpan.Zero)));

        sut.NextRetry(Tenant(Berlin), 1).Should().BeNull();
        sut.NextRetry(Tenant(TimeZoneInfo.Utc), 1).Should().NotBeNull();
    }

    [Fact]
    public void IsRetryStillDue_PlannedOnAnEarlierLocalDay_IsFalse()
    {
        var sut = CreateSut(new FakeTimeProvider(Now));

        sut.IsRetryStillDue(Tenant(Berlin), Now.AddHours(-1), 1).Should().BeTrue();
        sut.IsRetryStillDue(Tenant(Berlin), Now.AddDays(-1), 1).Should().BeFalse();
    }

    [Fact]
    public async Task RunAsync_EngineFails_ReportsTheFailureWithoutThrowing()
    {
        var sync = new TriggerSpy { Fail = true };

        var failed = await CreateSut(new FakeTimeProvider(Now), sync).RunAsync(Tenant(Berlin), SyncTrigger.Retry, default);

        failed.Should().BeTrue();
        sync.Triggers.Should().Equal(SyncTrigger.Retry);
    }

    [Fact]
    public async Task RunAsync_CancelledByShutdown_IsNoFailure()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var failed = await CreateSut(new FakeTimeProvider(Now), new TriggerSpy()).RunAsync(Tenant(Berlin), SyncTrigger.Schedule, cancelled.Token);

        failed.Should().BeFalse("a shutdown is not a failure to retry");
    }

    private static SyncTenant Tenant(TimeZoneInfo zone) => new("t1", zone, new TimeOnly(6, 0), AutoSync: true);

    private static ScheduledRun CreateSut(TimeProvider time, IPersonioSync? sync = null) =>
        new(() => sync ?? new TriggerSpy(), Options.Create(new PersonioSyncOptions()), time, NullLogger.Instance);

    private sealed class TriggerSpy : SchedulerSyncDouble
    {
        public bool Fail { get; init; }

        public List<SyncTrigger> Triggers { get; } = [];

        public override Task<SyncReport> SyncAsync(string tenantId, SyncTrigger trigger = SyncTrigger.Manual, CancellationToken cancellationToken = default)
        {
            Triggers.Add(trigger);
            cancellationToken.ThrowIfCancellationRequested();
            if (Fail)
            {
                throw new HrisSourceException("HR unavailable");
            }

            return Task.FromResult(new SyncReport(tenantId, SyncRunKind.Sync, isInitialSync: false, new ChangeSet([], [], []), Now, 0, 0, TimeSpan.Zero, HrisFields.None, "plan", trigger, null));
        }
    }
}
