using System.Collections.Concurrent;

namespace Teammeter.Hris.Sample.Serve;

/// <summary>
/// Notes every run this node ends, whichever scheduler (built-in or Quartz) or retry started it: the package reports
/// each run's end to the host's <see cref="ISyncRunObserver"/>s on one path.
/// </summary>
internal sealed class ServeRunLog : ISyncRunObserver
{
    private readonly ConcurrentQueue<ServeRun> _runs = new();

    /// <summary>The runs so far, in the order they ended.</summary>
    public IReadOnlyList<ServeRun> Runs => [.. _runs];

    public Task OnRunCompletedAsync(SyncRun run, SyncReport? report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        _runs.Enqueue(new ServeRun(run.TenantId, run.Kind, run.Trigger, run.Outcome, Result(run, report), run.HeldOperations, run.PlanId, run.StartedAt, run.FinishedAt));
        return Task.CompletedTask;
    }

    // The summary's one-word result. A failed run with a report stopped while applying; without one it failed
    // before it had a plan (HR or the Teammeter data could not be read).
    private static string Result(SyncRun run, SyncReport? report) => run.Outcome switch
    {
        SyncOutcome.Cancelled => "cancelled",
        SyncOutcome.Failed => report is null ? "source_failed" : "apply_failed",
        _ when run.HeldOperations > 0 => "held",
        _ => report is { Plan.IsEmpty: true } ? "unchanged" : "changed",
    };
}
