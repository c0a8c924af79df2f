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

    public async Task<SyncReport> SyncAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var started = time.GetUtcNow();
        var result = "failed";
        try
        {
            var report = await inner.SyncAsync(tenantId, cancellationToken);
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

    public Task<SyncReport> ApproveHeldOperationsAsync(string tenantId, CancellationToken cancellationToken = default) =>
        inner.ApproveHeldOperationsAsync(tenantId, cancellationToken);

    // The container created the engine through this wrapper's factory, so it disposes it through the wrapper.
    public void Dispose() => (inner as IDisposable)?.Dispose();
}
