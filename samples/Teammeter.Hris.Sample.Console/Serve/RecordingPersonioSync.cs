using System.Collections.Concurrent;

namespace Teammeter.Hris.Sample.Serve;

/// <summary>
/// Wraps the engine to note each scheduled sync this node runs, whichever scheduler started it. Only
/// <see cref="SyncAsync"/> is recorded: the schedulers call nothing else.
/// </summary>
internal sealed class RecordingPersonioSync(IPersonioSync inner, TimeProvider time) : IPersonioSync, IDisposable
{
    private readonly ConcurrentQueue<ServeRun> _runs = new();

    /// <summary>The runs so far, in the order they ended.</summary>
    public IReadOnlyList<ServeRun> Runs => [.. _runs];

    public async Task<SyncReport> SyncAsync(string tenantId, SyncTrigger trigger = SyncTrigger.Manual, CancellationToken cancellationToken = default)
    {
        var started = time.GetUtcNow();
        var result = "failed";
        try
        {
            var report = await inner.SyncAsync(tenantId, trigger, cancellationToken);
            result = report.Held.Count > 0 ? "held" : report.Plan.IsEmpty ? "unchanged" : "changed";
            return report;
        }
        catch (HrisSourceException)
        {
            result = "source_failed";
            throw;
        }
        catch (SyncApplyException)
        {
            result = "apply_failed";
            throw;
        }
        catch (OperationCanceledException)
        {
            result = "cancelled";
            throw;
        }
        finally
        {
            _runs.Enqueue(new ServeRun(tenantId, result, started, time.GetUtcNow()));
        }
    }

    public Task<SyncReport> PlanAsync(string tenantId, CancellationToken cancellationToken = default) => inner.PlanAsync(tenantId, cancellationToken);

    public Task<SyncReport> ReleaseInvitationsAsync(string tenantId, CancellationToken cancellationToken = default) =>
        inner.ReleaseInvitationsAsync(tenantId, cancellationToken);

    public Task<ReviewResult> ApproveAsync(string tenantId, string planId, IReadOnlyCollection<string>? operationKeys = null, CancellationToken cancellationToken = default) =>
        inner.ApproveAsync(tenantId, planId, operationKeys, cancellationToken);

    public Task<ReviewResult> RejectAsync(string tenantId, string planId, IReadOnlyCollection<string>? operationKeys = null, CancellationToken cancellationToken = default) =>
        inner.RejectAsync(tenantId, planId, operationKeys, cancellationToken);

    public Task<ReviewPlan?> GetPlanAsync(string tenantId, string? planId = null, CancellationToken cancellationToken = default) =>
        inner.GetPlanAsync(tenantId, planId, cancellationToken);

    public Task<IReadOnlyList<SyncRun>> GetRunsAsync(string tenantId, int limit = 50, CancellationToken cancellationToken = default) =>
        inner.GetRunsAsync(tenantId, limit, cancellationToken);

    // The container created the engine through this wrapper's factory, so it disposes it through the wrapper.
    public void Dispose() => (inner as IDisposable)?.Dispose();
}
