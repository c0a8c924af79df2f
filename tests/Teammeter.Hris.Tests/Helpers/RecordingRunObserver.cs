using System.Collections.Concurrent;

namespace Teammeter.Hris.Tests.Helpers;

/// <summary>Records every run's end as the host's observer receives it.</summary>
internal sealed class RecordingRunObserver : ISyncRunObserver
{
    public ConcurrentQueue<(SyncRun Run, SyncReport? Report)> Runs { get; } = new();

    public Task OnRunCompletedAsync(SyncRun run, SyncReport? report, CancellationToken cancellationToken)
    {
        Runs.Enqueue((run, report));
        return Task.CompletedTask;
    }
}
