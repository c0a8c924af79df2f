using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using Quartz.Impl.Matchers;
using Teammeter.Hris.Diagnostics;

namespace Teammeter.Hris.Scheduling;

/// <summary>
/// Keeps one Quartz job and cron trigger per auto-sync tenant in the host's scheduler, re-reading the tenant list
/// every <see cref="QuartzSchedulingOptions.ScheduleRefreshInterval"/>: adds new tenants, moves triggers whose time
/// or zone changed and removes tenants that left automatic sync. Every node runs a keeper; they compute the same
/// keys and triggers, so whichever writes first wins and the others find nothing to change.
/// </summary>
/// <remarks>
/// The scheduler and the tenant list are resolved lazily so a host missing either fails with the start-up
/// validator's clear message rather than a dependency-injection error.
/// </remarks>
internal sealed partial class ScheduleKeeper(
    Func<ISchedulerFactory> schedulers,
    Func<ISyncTenantProvider> tenants,
    IOptions<QuartzSchedulingOptions> options,
    TimeProvider time,
    ILogger<ScheduleKeeper> logger) : BackgroundService
{
    // Refreshes in a row that found no usable tenant while tenants were scheduled (see EmptyTenantListConfirmations).
    private int _emptyInARow;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ScheduleRefreshInterval, time);
        try
        {
            do
            {
                await RefreshAsync(stoppingToken).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Brings the scheduler's triggers in step with the tenant list once; failures wait for the next refresh.</summary>
    internal async Task<ScheduleChanges> RefreshAsync(CancellationToken cancellationToken)
    {
        // The same read (and the same skipping of unusable records) as the built-in daily sync's.
        if (await TenantList.ReadAsync(tenants(), logger, cancellationToken).ConfigureAwait(false) is not { } list)
        {
            return default;
        }

        try
        {
            var scheduler = await schedulers().GetScheduler(cancellationToken).ConfigureAwait(false);
            var changes = await ApplyAsync(scheduler, list, cancellationToken).ConfigureAwait(false);
            if (changes.Any)
            {
                LogScheduleChanged(changes.Added, changes.Moved, changes.Removed);
            }

            return changes;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The job store may be unreachable for a while; a failed refresh must not stop the host.
            LogSchedulerFailed(RedactedException.Of(exception));
            LogFailureDetail(exception);
            return default;
        }
    }

    private async Task<ScheduleChanges> ApplyAsync(IScheduler scheduler, TenantList list, CancellationToken cancellationToken)
    {
        var group = options.Value.Group;
        var wanted = new Dictionary<string, SyncTenant>(StringComparer.Ordinal);
        foreach (var tenant in list.Usable.Where(t => t.AutoSync))
        {
            wanted[tenant.TenantId] = tenant;
        }

        // Tenants whose record is unusable keep whatever trigger they have: a record that cannot be read is not a
        // tenant that left automatic sync.
        var unreadable = list.Unreadable;
        var usable = list.Usable.Count;

        int added = 0, moved = 0, removed = 0;
        var stored = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(group), cancellationToken).ConfigureAwait(false);
        if (usable == 0 && stored.Count > 0)
        {
            // A list that turns empty at once is more likely the host's store failing than every tenant leaving.
            _emptyInARow++;
            var required = options.Value.EmptyTenantListConfirmations;
            if (_emptyInARow < required)
            {
                LogEmptyListSuspect(stored.Count, _emptyInARow, required);
                return default;
            }

            LogEmptyListConfirmed(stored.Count, _emptyInARow);
        }
        else
        {
            _emptyInARow = 0;
        }

        // Only the cron group: a tenant's requested-run and retry triggers live in their own groups (TenantSchedule)
        // and are never taken for a tenant that left. Removing a tenant's job removes them with it.
        foreach (var key in stored)
        {
            if (!wanted.ContainsKey(key.Name) && !unreadable.Contains(key.Name)
                && await scheduler.DeleteJob(TenantSchedule.JobKey(key.Name, group), cancellationToken).ConfigureAwait(false))
            {
                removed++;
            }
        }

        foreach (var tenant in wanted.Values)
        {
            var trigger = TenantSchedule.Trigger(tenant, group);
            var current = await scheduler.GetTrigger(trigger.Key, cancellationToken).ConfigureAwait(false);
            if (current is null)
            {
                // Replace: another node's keeper may have added the same job a moment ago.
                await scheduler.ScheduleJob(TenantSchedule.Job(tenant.TenantId, group), [trigger], replace: true, cancellationToken).ConfigureAwait(false);
                added++;
            }
            else if (!TenantSchedule.IsCurrent(current, tenant))
            {
                await scheduler.RescheduleJob(trigger.Key, trigger, cancellationToken).ConfigureAwait(false);
                moved++;
            }
        }

        return new ScheduleChanges(added, moved, removed);
    }
}
