using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Scheduling;

/// <summary>
/// The default <see cref="ISyncDispatcher"/>: one waiting run per tenant in this process, started after its delay on
/// the thread pool. A request while the tenant's run is waiting joins it; a request while it runs marks one follow-up
/// run, which waits its own delay afterwards so the requests arriving meanwhile join it too.
/// </summary>
/// <remarks>
/// Disposing (the host stopping) drops the waiting runs and cancels the running ones: they are hints, and the next
/// event or the daily sync converges. The engine keeps one tenant's runs from interleaving with runs started elsewhere.
/// </remarks>
internal sealed partial class InProcessSyncDispatcher(
    Func<IPersonioSync> sync,
    TimeProvider time,
    ILogger<InProcessSyncDispatcher> logger) : ISyncDispatcher, IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly Dictionary<string, TenantRequest> _tenants = new(StringComparer.Ordinal);
    private readonly HashSet<Task> _inFlight = [];
    private readonly CancellationTokenSource _stopping = new();
    private bool _disposed;

    /// <summary>Tenants with a run waiting or running (tests wait for zero).</summary>
    internal int Busy
    {
        get
        {
            lock (_gate)
            {
                return _tenants.Count;
            }
        }
    }

    public Task RequestSyncAsync(string tenantId, SyncTrigger trigger, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_tenants.TryGetValue(tenantId, out var waiting))
            {
                if (waiting.Running && waiting.FollowUp is null)
                {
                    waiting.FollowUp = (trigger, delay);
                    LogFollowUpQueued(tenantId);
                }
                else
                {
                    LogJoined(tenantId);
                }

                return Task.CompletedTask;
            }

            _tenants[tenantId] = new TenantRequest();
            LogRequested(tenantId, trigger, delay);
            // The wait starts now, on the caller's clock, so the delay counts from the request.
            var wait = Wait(delay);
            var run = Task.Run(() => RunAsync(tenantId, trigger, wait));
            _inFlight.Add(run);
            _ = run.ContinueWith(
                done =>
                {
                    lock (_gate)
                    {
                        _inFlight.Remove(done);
                    }
                },
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        Task[] inFlight;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            inFlight = [.. _inFlight];
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(inFlight).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Expected: the waits and runs were cancelled.
        }

        _stopping.Dispose();
    }

    private Task Wait(TimeSpan delay) => delay > TimeSpan.Zero ? Task.Delay(delay, time, _stopping.Token) : Task.CompletedTask;

    private async Task RunAsync(string tenantId, SyncTrigger trigger, Task wait)
    {
        var stopping = _stopping.Token;
        while (true)
        {
            try
            {
                await wait.ConfigureAwait(false);

                lock (_gate)
                {
                    _tenants[tenantId].Running = true;
                }

                var report = await sync().SyncAsync(tenantId, trigger, stopping).ConfigureAwait(false);
                LogFinished(tenantId, trigger, report.AppliedOperations);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                lock (_gate)
                {
                    _tenants.Remove(tenantId);
                }

                return;
            }
            catch (Exception exception)
            {
                // The engine recorded the failed run in the history; the dispatcher only keeps going.
                LogFailed(tenantId, trigger, exception.GetType().Name);
            }

            lock (_gate)
            {
                var state = _tenants[tenantId];
                if (state.FollowUp is not { } next)
                {
                    _tenants.Remove(tenantId);
                    return;
                }

                trigger = next.Trigger;
                wait = Wait(next.Delay);
                state.FollowUp = null;
                state.Running = false;
            }
        }
    }

    private sealed class TenantRequest
    {
        public bool Running { get; set; }

        public (SyncTrigger Trigger, TimeSpan Delay)? FollowUp { get; set; }
    }
}
