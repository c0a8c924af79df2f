using Teammeter.Hris.Tests.Helpers;

namespace Teammeter.Hris.Tests.Sync;

/// <summary>
/// The host's shutdown timeout: the container disposes the engine while runs are still in flight (or waiting for
/// their tenant), then cancels them. They end with the cancellation, never with an ObjectDisposedException.
/// </summary>
public sealed class PersonioSyncShutdownTests
{
    [Fact]
    public async Task SyncAsync_EngineDisposedWhileRunningThenCancelled_ThrowsOnlyOperationCanceled()
    {
        var harness = new SyncHarness();
        harness.Employees.AddRange(Employees.Organisation(3));
        harness.Source.Gate = new TaskCompletionSource();
        using var shutdown = new CancellationTokenSource();
        var running = harness.Sync.SyncAsync(SyncHarness.Tenant, cancellationToken: shutdown.Token);
        var waiting = harness.Sync.SyncAsync(SyncHarness.Tenant, cancellationToken: shutdown.Token);

        await harness.DisposeAsync();
        await shutdown.CancelAsync();

        // Before the fix the waiting run never ended (its semaphore was disposed under it): bound the wait so that
        // shows as a failure, not a hung test run.
        var runningOutcome = await Record.ExceptionAsync(() => running.WaitAsync(TimeSpan.FromSeconds(30)));
        var waitingOutcome = await Record.ExceptionAsync(() => waiting.WaitAsync(TimeSpan.FromSeconds(30)));
        runningOutcome.Should().BeAssignableTo<OperationCanceledException>();
        waitingOutcome.Should().BeAssignableTo<OperationCanceledException>();
        harness.Store.Users.Should().BeEmpty("a cancelled run writes nothing");
    }

    [Fact]
    public async Task SyncAsync_EngineDisposedAfterARunFinished_DisposesWithoutError()
    {
        var harness = new SyncHarness();
        harness.Employees.AddRange(Employees.Organisation(3));
        await harness.Sync.SyncAsync(SyncHarness.Tenant);

        var dispose = async () => await harness.DisposeAsync();

        await dispose.Should().NotThrowAsync();
    }
}
