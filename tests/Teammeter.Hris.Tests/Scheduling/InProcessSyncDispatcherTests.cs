using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Teammeter.Hris.Scheduling;
using Teammeter.Hris.Tests.Helpers;
using Teammeter.Hris.Tests.Quartz;

namespace Teammeter.Hris.Tests.Scheduling;

public sealed class InProcessSyncDispatcherTests
{
    [Fact]
    public async Task RequestSync_ManyWhileARunIsInProgress_ExactlyOneMoreFollows()
    {
        var sync = new GatedSync();
        await using var dispatcher = new InProcessSyncDispatcher(() => sync, new FakeTimeProvider(), NullLogger<InProcessSyncDispatcher>.Instance);

        await dispatcher.RequestSyncAsync("t", SyncTrigger.Webhook, TimeSpan.Zero, default);
        await Eventually.TrueAsync(() => sync.Started == 1, TimeSpan.FromSeconds(10));
        for (var i = 0; i < 10; i++)
        {
            await dispatcher.RequestSyncAsync("t", SyncTrigger.Webhook, TimeSpan.Zero, default);
        }

        sync.Gate.SetResult();
        await Eventually.TrueAsync(() => dispatcher.Busy == 0, TimeSpan.FromSeconds(10));

        sync.Started.Should().Be(2);
    }

    [Fact]
    public async Task RequestSync_BurstWhileWaiting_OneRunAfterTheDelay()
    {
        var sync = new GatedSync();
        sync.Gate.SetResult();
        var clock = new FakeTimeProvider();
        await using var dispatcher = new InProcessSyncDispatcher(() => sync, clock, NullLogger<InProcessSyncDispatcher>.Instance);

        for (var i = 0; i < 50; i++)
        {
            await dispatcher.RequestSyncAsync("t", SyncTrigger.Webhook, TimeSpan.FromSeconds(30), default);
        }

        clock.Advance(TimeSpan.FromSeconds(29));
        sync.Started.Should().Be(0);
        clock.Advance(TimeSpan.FromSeconds(1));
        await Eventually.TrueAsync(() => dispatcher.Busy == 0, TimeSpan.FromSeconds(10));

        sync.Started.Should().Be(1);
    }

    private sealed class GatedSync : SchedulerSyncDouble
    {
        private int _started;

        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Started => Volatile.Read(ref _started);

        public override async Task<SyncReport> SyncAsync(string tenantId, SyncTrigger trigger = SyncTrigger.Manual, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _started);
            await Gate.Task.WaitAsync(cancellationToken);
            return new SyncReport(tenantId, SyncRunKind.Sync, isInitialSync: false, new ChangeSet([], [], []), DateTimeOffset.UtcNow, 1, 0, TimeSpan.Zero, HrisFields.None, "plan", trigger, null);
        }
    }
}
