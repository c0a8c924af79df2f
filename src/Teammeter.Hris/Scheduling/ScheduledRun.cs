using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Teammeter.Hris.Sync;

namespace Teammeter.Hris.Scheduling;

/// <summary>
/// The one path of a scheduler's run, shared by the built-in <see cref="DailySyncService"/> and the Quartz package's
/// job: runs a tenant with the <see cref="SyncTenant"/> the scheduler holds and the trigger it fires for
/// (<see cref="SyncTrigger.Schedule"/>, <see cref="SyncTrigger.Retry"/>, <see cref="SyncTrigger.Webhook"/>), logs the
/// outcome once, and plans the same-day retry of a failed run. The engine records the run (history, observers, the
/// admin's notice once per failure streak); this type decides nothing about that.
/// </summary>
/// <remarks>
/// The engine is resolved lazily, like the schedulers resolve it. Logs go to the scheduler's own logger, so a host
/// filtering one scheduler's category sees its runs' outcomes there.
/// </remarks>
internal sealed partial class ScheduledRun(
    Func<IPersonioSync> sync,
    IOptions<PersonioSyncOptions> options,
    TimeProvider time,
    ILogger logger)
{
    /// <summary>
    /// Runs <paramref name="tenant"/> once. Returns whether it failed, which is when the caller considers a retry; a
    /// run cancelled by <paramref name="cancellationToken"/> (shutdown) is not a failure. Never throws for the run's
    /// own failure: one tenant must not disturb the scheduler or the other tenants.
    /// </summary>
    public Task<bool> RunAsync(SyncTenant tenant, SyncTrigger trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return RunCoreAsync(tenant.TenantId, tenant, trigger, cancellationToken);
    }

    /// <summary>
    /// Runs a tenant the scheduler knows only by id (its record was not found or could not be read): the engine
    /// looks it up itself, as for any caller, and records a failing lookup as the run's failure.
    /// </summary>
    public Task<bool> RunAsync(string tenantId, SyncTrigger trigger, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        return RunCoreAsync(tenantId, tenant: null, trigger, cancellationToken);
    }

    /// <summary>
    /// Plans retry <paramref name="attempt"/> (1 for the first) of a failed scheduled run after
    /// <see cref="PersonioSyncOptions.FailedRunRetryDelay"/> × 2^(attempt − 1), while attempts remain and the retry
    /// stays on the tenant's local day; otherwise <see langword="null"/>, and the next daily slot covers the tenant.
    /// </summary>
    public PendingRetry? NextRetry(SyncTenant tenant, int attempt)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(attempt);
        var settings = options.Value;
        if (attempt > settings.FailedRunRetries)
        {
            LogRetriesExhausted(tenant.TenantId, settings.FailedRunRetries);
            return null;
        }

        var now = time.GetUtcNow();
        var at = now + (settings.FailedRunRetryDelay * Math.Pow(2, attempt - 1));
        if (!IsSameLocalDay(tenant, now, at))
        {
            LogRetryNotToday(tenant.TenantId, attempt);
            return null;
        }

        LogRetryPlanned(tenant.TenantId, attempt, at);
        return new PendingRetry(at, attempt);
    }

    /// <summary>
    /// Whether a retry planned for <paramref name="plannedAt"/> may still run now: not once the tenant's local day
    /// has turned (a scheduler that was down fires late), because the daily slot covers the new day.
    /// </summary>
    public bool IsRetryStillDue(SyncTenant tenant, DateTimeOffset plannedAt, int attempt)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (IsSameLocalDay(tenant, plannedAt, time.GetUtcNow()))
        {
            return true;
        }

        LogRetryOutlivedItsDay(tenant.TenantId, attempt);
        return false;
    }

    private static bool IsSameLocalDay(SyncTenant tenant, DateTimeOffset first, DateTimeOffset second) =>
        DailySchedule.LocalDate(first, tenant.TimeZone) == DailySchedule.LocalDate(second, tenant.TimeZone);

    private async Task<bool> RunCoreAsync(string tenantId, SyncTenant? tenant, SyncTrigger trigger, CancellationToken cancellationToken)
    {
        try
        {
            var engine = sync();

            // The scheduler read the tenant a moment ago: the engine need not ask the host's provider again. An engine
            // that is not ours (a host's decorator, a test double) is called through the public surface.
            var report = tenant is not null && engine is IKnownTenantSync known
                ? await known.SyncAsync(tenant, trigger, cancellationToken).ConfigureAwait(false)
                : await engine.SyncAsync(tenantId, trigger, cancellationToken).ConfigureAwait(false);
            LogRunFinished(tenantId, trigger, report.AppliedOperations, report.Held.Count);
            return false;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogRunCancelled(tenantId, trigger);
            return false;
        }
        catch (Exception exception)
        {
            // The engine already logged, counted and recorded it (with the redacted exception); the type is enough here.
            LogRunFailed(tenantId, trigger, exception.GetType().Name);
            return true;
        }
    }
}
