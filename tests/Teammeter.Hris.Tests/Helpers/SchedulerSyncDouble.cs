namespace Teammeter.Hris.Tests.Helpers;

/// <summary>
/// A base for engine doubles that schedulers drive: they call only <see cref="SyncAsync"/>, so everything else fails
/// loudly if a scheduler ever calls it.
/// </summary>
internal abstract class SchedulerSyncDouble : IPersonioSync
{
    public abstract Task<SyncReport> SyncAsync(string tenantId, SyncTrigger trigger = SyncTrigger.Manual, CancellationToken cancellationToken = default);

    public Task<SyncReport> PlanAsync(string tenantId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<SyncReport> ReleaseInvitationsAsync(string tenantId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ReviewResult> ApproveAsync(string tenantId, string planId, IReadOnlyCollection<string>? operationKeys = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ReviewResult> RejectAsync(string tenantId, string planId, IReadOnlyCollection<string>? operationKeys = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ReviewPlan?> GetPlanAsync(string tenantId, string? planId = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<SyncRun>> GetRunsAsync(string tenantId, int limit = 50, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
