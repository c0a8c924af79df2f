using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Sync;

/// <summary>
/// One run's hold on its tenant across processes and nodes: a row in the host's <see cref="ISyncStore"/> with an
/// expiry, renewed every third of the duration while the run lasts and released at its end. <see cref="Lost"/> fires
/// when the run can no longer be sure it holds the tenant, so it stops before it writes more.
/// </summary>
internal sealed partial class TenantLease : IAsyncDisposable
{
    private readonly ISyncStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TimeSpan _duration;
    private readonly CancellationTokenSource _lost = new();
    private readonly ITimer _timer;
    private DateTimeOffset _expiresAt;
    private Task _renewing = Task.CompletedTask;
    private int _busy;

    private TenantLease(ISyncStore store, string tenantId, string owner, TimeSpan duration, DateTimeOffset expiresAt, TimeProvider time, ILogger logger)
    {
        _store = store;
        TenantId = tenantId;
        Owner = owner;
        _duration = duration;
        _expiresAt = expiresAt;
        _time = time;
        _logger = logger;
        var period = duration / 3;
        _timer = time.CreateTimer(_ => OnTick(), null, period, period);
    }

    public string TenantId { get; }

    public string Owner { get; }

    /// <summary>Cancelled when the lease was taken over or could not be renewed before it expired.</summary>
    public CancellationToken Lost => _lost.Token;

    public bool IsLost => _lost.IsCancellationRequested;

    /// <summary>Takes the tenant's lease, or throws <see cref="TenantLeaseException"/> (<see cref="TenantLeaseException.Busy"/>) when another owner holds it.</summary>
    public static async Task<TenantLease> AcquireAsync(ISyncStore store, string tenantId, string runId, TimeSpan duration, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        // Node and process make a lease row readable to an operator; the run id makes it unique per run.
        var owner = $"{Environment.MachineName}/{Environment.ProcessId}/{runId}";
        var now = time.GetUtcNow();
        if (!await store.TryAcquireLeaseAsync(tenantId, owner, now, now + duration, cancellationToken).ConfigureAwait(false))
        {
            LogBusy(logger, tenantId);
            throw new TenantLeaseException(
                TenantLeaseException.Busy,
                tenantId,
                $"Tenant '{tenantId}' is being synced by another process or node (its lease in the sync store is still valid); this run did not start and wrote nothing. Try again later.");
        }

        return new TenantLease(store, tenantId, owner, duration, now + duration, time, logger);
    }

    public async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync().ConfigureAwait(false);
        await Volatile.Read(ref _renewing).ConfigureAwait(false);
        try
        {
            // Not the caller's token: a cancelled run must still free the tenant rather than block it until expiry.
            await _store.ReleaseLeaseAsync(TenantId, Owner, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // The lease expires by itself; the next run waits at most one duration.
            LogReleaseFailed(_logger, TenantId, exception.GetType().Name);
        }

        _lost.Dispose();
    }

    private void OnTick()
    {
        // One renewal at a time: a slow store must not pile renewals up.
        if (Interlocked.Exchange(ref _busy, 1) == 0)
        {
            Volatile.Write(ref _renewing, RenewAsync());
        }
    }

    private async Task RenewAsync()
    {
        try
        {
            var expiresAt = _time.GetUtcNow() + _duration;
            if (await _store.RenewLeaseAsync(TenantId, Owner, expiresAt, CancellationToken.None).ConfigureAwait(false))
            {
                _expiresAt = expiresAt;
                return;
            }

            LogLost(_logger, TenantId);
            await _lost.CancelAsync().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // A store that fails once is retried at the next tick; stop only when the lease could expire before then.
            LogRenewFailed(_logger, TenantId, exception.GetType().Name);
            if (_time.GetUtcNow() + (_duration / 3) >= _expiresAt)
            {
                LogLost(_logger, TenantId);
                await _lost.CancelAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }
    }
}
