using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Teammeter.Hris.Scheduling;

/// <summary>
/// Runs each auto-sync tenant once a day at its local time. Re-reads the tenant list at least every
/// <see cref="PersonioSyncOptions.ScheduleRefreshInterval"/>, so schedule changes apply without a restart.
/// After downtime a tenant whose slot was missed runs once (not once per missed day), judged by
/// <see cref="SyncTenant.LastSyncAt"/>; without it the service waits for the tenant's next slot.
/// </summary>
/// <remarks>
/// The engine and the tenant list are resolved lazily so that a host missing either fails with the start-up
/// validators' clear messages, not with a dependency-injection error while the host builds its hosted services.
/// </remarks>
internal sealed partial class DailySyncService(
    Func<IPersonioSync> sync,
    Func<ISyncTenantProvider> tenants,
    IOptions<PersonioSyncOptions> options,
    TimeProvider time,
    ILogger<DailySyncService> logger) : BackgroundService
{
    private readonly Dictionary<string, DateTimeOffset> _lastRun = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task> _running = new(StringComparer.Ordinal);

    // A failed scheduled run is retried the same day with backoff (docs/reliability.md), not at tomorrow's slot.
    private readonly ConcurrentDictionary<string, PendingRetry> _retries = new(StringComparer.Ordinal);

    // Runs get their own token, not the loop's: stopping the host stops scheduling at once, but lets the runs in
    // flight finish until the host's shutdown timeout cancels the token StopAsync receives. Never disposed: runs
    // may still hold its token after the host disposed this service, and without a timer it owns nothing to free.
    private readonly CancellationTokenSource _runsCancellation = new();

    // The run, its outcome log and the retry decision are the Quartz job's too: one scheduled-run path. Built on
    // first use, not in a field initializer, because the primary constructor's parameters are captured as well;
    // two runs racing to build it get equal, stateless instances.
    private ScheduledRun? _scheduledRun;

    private ScheduledRun Run => _scheduledRun ??= new ScheduledRun(sync, options, time, logger);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);

        // The base returns before the runs end only when the shutdown timeout fired: cancel what still runs.
        if (cancellationToken.IsCancellationRequested)
        {
            await _runsCancellation.CancelAsync().ConfigureAwait(false);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var startedAt = time.GetUtcNow();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var wait = await TickAsync(startedAt, stoppingToken).ConfigureAwait(false);
                await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: no new runs; the ones in flight finish (or see the shutdown timeout's cancellation).
        }

        await Task.WhenAll(_running.Values).ConfigureAwait(false);
    }

    /// <summary>Starts every due tenant and returns how long to sleep before looking again.</summary>
    private async Task<TimeSpan> TickAsync(DateTimeOffset startedAt, CancellationToken stoppingToken)
    {
        var refresh = options.Value.ScheduleRefreshInterval;
        if (await TenantList.ReadAsync(tenants(), logger, stoppingToken).ConfigureAwait(false) is not { } list)
        {
            return refresh;
        }

        var now = time.GetUtcNow();
        var nextWake = now + refresh;
        foreach (var tenant in list.Usable)
        {
            if (!tenant.AutoSync)
            {
                continue;
            }

            DateTimeOffset slot, next;
            try
            {
                slot = DailySchedule.MostRecent(now, tenant.SyncAt, tenant.TimeZone);
                next = DailySchedule.Next(now, tenant.SyncAt, tenant.TimeZone);
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidTimeZoneException)
            {
                // A custom time zone whose rules cannot convert this instant.
                LogTenantSkipped(tenant.TenantId, $"its time zone cannot be converted ({exception.GetType().Name})");
                continue;
            }

            if (slot > Reference(tenant, startedAt) && !IsRunning(tenant.TenantId))
            {
                _lastRun[tenant.TenantId] = slot;
                _retries.TryRemove(tenant.TenantId, out _);
                _running[tenant.TenantId] = RunAsync(tenant, SyncTrigger.Schedule, attempt: 0, _runsCancellation.Token);
            }
            else if (_retries.TryGetValue(tenant.TenantId, out var retry) && retry.At <= now && !IsRunning(tenant.TenantId)
                && _retries.TryRemove(new KeyValuePair<string, PendingRetry>(tenant.TenantId, retry)))
            {
                _running[tenant.TenantId] = RunAsync(tenant, SyncTrigger.Retry, retry.Attempt, _runsCancellation.Token);
            }

            if (_retries.TryGetValue(tenant.TenantId, out var pending) && pending.At < nextWake)
            {
                nextWake = pending.At < now ? now : pending.At;
            }

            if (next < nextWake)
            {
                nextWake = next;
            }
        }

        return nextWake - now;
    }

    // The map keeps each tenant's latest run (one entry per tenant); only an unfinished one counts.
    private bool IsRunning(string tenantId) => _running.TryGetValue(tenantId, out var run) && !run.IsCompleted;

    // The most recent moment the tenant is known to have synced: the host's record, this process's own runs, or,
    // lacking both, the moment this service started (so a restart does not re-run everyone whose slot passed).
    private DateTimeOffset Reference(SyncTenant tenant, DateTimeOffset startedAt)
    {
        var known = _lastRun.TryGetValue(tenant.TenantId, out var ran) ? ran : (DateTimeOffset?)null;
        if (tenant.LastSyncAt is { } recorded && (known is null || recorded > known))
        {
            known = recorded;
        }

        return known ?? startedAt;
    }

    private async Task RunAsync(SyncTenant tenant, SyncTrigger trigger, int attempt, CancellationToken runsToken)
    {
        // Yield so the scheduling loop is never blocked by a tenant's run.
        await Task.Yield();
        var failed = await Run.RunAsync(tenant, trigger, runsToken).ConfigureAwait(false);
        if (failed && Run.NextRetry(tenant, attempt + 1) is { } retry)
        {
            _retries[tenant.TenantId] = retry;
        }
    }
}
