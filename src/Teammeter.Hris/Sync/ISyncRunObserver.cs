namespace Teammeter.Hris;

/// <summary>
/// Receives every run's outcome, whoever triggered it (schedule, retry, webhook, a person). Implemented by the host;
/// optional, several may be registered.
/// </summary>
/// <remarks>A failing observer is logged and never fails the run.</remarks>
public interface ISyncRunObserver
{
    /// <summary>Called once a run has ended.</summary>
    /// <param name="run">The run's history entry (already stored).</param>
    /// <param name="report">The run's report; <see langword="null"/> when the run failed before it had a plan.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the observer is done.</returns>
    Task OnRunCompletedAsync(SyncRun run, SyncReport? report, CancellationToken cancellationToken);
}
