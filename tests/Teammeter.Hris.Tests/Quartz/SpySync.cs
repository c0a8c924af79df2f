using Teammeter.Hris.Tests.Helpers;
namespace Teammeter.Hris.Tests.Quartz;

/// <summary>An engine double for one node: records each tenant's sync in the shared ledger.</summary>
internal sealed class SpySync(string node, SyncLedger ledger) : SchedulerSyncDouble
{
    /// <summary>How long a sync takes.</summary>
    public TimeSpan WorkTime { get; init; }

    /// <summary>Simulates a node that dies mid-run: the sync starts and never finishes, whatever the token says.</summary>
    public bool Hang { get; init; }

    public override async Task<SyncReport> SyncAsync(string tenantId, SyncTrigger trigger = SyncTrigger.Manual, CancellationToken cancellationToken = default)
    {
        ledger.Started.Enqueue((tenantId, node));
        ledger.Triggers.Enqueue((tenantId, trigger));
        if (Hang)
        {
            await new TaskCompletionSource().Task;
        }

        if (WorkTime > TimeSpan.Zero)
        {
            await Task.Delay(WorkTime, cancellationToken);
        }

        ledger.Completed.Enqueue((tenantId, node));
        return new SyncReport(tenantId, SyncRunKind.Sync, isInitialSync: false, new ChangeSet([], [], []), DateTimeOffset.UtcNow, 1, 0, WorkTime, HrisFields.None, "plan", trigger, null);
    }
}
