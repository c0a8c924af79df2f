namespace Teammeter.Hris.Tests.Quartz;

/// <summary>An engine double for one node: records each tenant's sync in the shared ledger.</summary>
internal sealed class SpySync(string node, SyncLedger ledger) : IPersonioSync
{
    /// <summary>How long a sync takes.</summary>
    public TimeSpan WorkTime { get; init; }

    /// <summary>Simulates a node that dies mid-run: the sync starts and never finishes, whatever the token says.</summary>
    public bool Hang { get; init; }

    public async Task<SyncReport> SyncAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        ledger.Started.Enqueue((tenantId, node));
        if (Hang)
        {
            await new TaskCompletionSource().Task;
        }

        if (WorkTime > TimeSpan.Zero)
        {
            await Task.Delay(WorkTime, cancellationToken);
        }

        ledger.Completed.Enqueue((tenantId, node));
        return new SyncReport(tenantId, SyncRunKind.Sync, isInitialSync: false, new ChangeSet([], [], []), DateTimeOffset.UtcNow, 1, 0, WorkTime);
    }

    public Task<SyncReport> PlanAsync(string tenantId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<SyncReport> ReleaseInvitationsAsync(string tenantId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<SyncReport> ApproveHeldOperationsAsync(string tenantId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
