using System.Collections.Concurrent;
using Teammeter.Hris.Tests.Helpers;

namespace Teammeter.Hris.Tests.Quartz;

/// <summary>An engine double whose first <see cref="Failures"/> syncs fail; records what each run was recorded as.</summary>
internal sealed class FlakySync : SchedulerSyncDouble
{
    private int _calls;

    /// <summary>How many syncs fail before they succeed; <see cref="int.MaxValue"/> for an engine that never recovers.</summary>
    public int Failures { get; init; } = int.MaxValue;

    public int Calls => Volatile.Read(ref _calls);

    public ConcurrentQueue<SyncTrigger> Triggers { get; } = new();

    public override Task<SyncReport> SyncAsync(string tenantId, SyncTrigger trigger = SyncTrigger.Manual, CancellationToken cancellationToken = default)
    {
        Triggers.Enqueue(trigger);
        if (Interlocked.Increment(ref _calls) <= Failures)
        {
            throw new HrisSourceException("HR unavailable");
        }

        return Task.FromResult(new SyncReport(tenantId, SyncRunKind.Sync, isInitialSync: false, new ChangeSet([], [], []), DateTimeOffset.UtcNow, 0, 0, TimeSpan.Zero, HrisFields.None, "plan", trigger, null));
    }
}
