using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using Teammeter.Hris.Diagnostics;

namespace Teammeter.Hris.Scheduling;

/// <summary>
/// Syncs one tenant through the core's one scheduled-run path (<see cref="ScheduledRun"/>), which logs the outcome;
/// the engine records the run. Never runs twice at once for the same tenant (the job key is per tenant). A failed
/// scheduled or retry run is retried the same day with doubling backoff through a one-off retry trigger of the same
/// job, so the retry is stored (and in a cluster recovered) like the daily trigger; a successful run ends the streak.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class TenantSyncJob : IJob
{
    // Same name as the engine's source, so a host listening to PersonioSyncTelemetry.ActivitySourceName sees the
    // job span with the engine's run span beneath it.
    internal static readonly ActivitySource ActivitySource = new(PersonioSyncTelemetry.ActivitySourceName);

    private readonly ISyncTenantProvider _tenants;
    private readonly ScheduledRun _run;
    private readonly ILogger<TenantSyncJob> _logger;

    /// <summary>Created per fire by the host's Quartz job factory from dependency injection.</summary>
    public TenantSyncJob(
        IPersonioSync sync,
        ISyncTenantProvider tenants,
        IOptions<PersonioSyncOptions> options,
        TimeProvider time,
        ILogger<TenantSyncJob> logger)
    {
        _tenants = tenants;
        _logger = logger;
        _run = new ScheduledRun(() => sync, options, time, logger);
    }

    public async Task Execute(IJobExecutionContext context)
    {
        var tenantId = context.MergedJobDataMap.GetString(TenantSchedule.TenantIdKey);
        if (string.IsNullOrEmpty(tenantId))
        {
            LogTenantMissing(context.JobDetail.Key.ToString());
            return;
        }

        // A requested run (a webhook) or a retry names its trigger in the trigger's data; the daily cron trigger does not.
        var trigger = context.MergedJobDataMap.TryGetString(TenantSchedule.SyncTriggerKey, out var named)
            && Enum.TryParse<SyncTrigger>(named, out var requested)
                ? requested
                : SyncTrigger.Schedule;
        var attempt = trigger == SyncTrigger.Retry
            && context.MergedJobDataMap.TryGetString(TenantSchedule.RetryAttemptKey, out var text)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : 0;

        using var activity = ActivitySource.StartActivity(nameof(TenantSyncJob));
        activity?.SetTag("teammeter.tenant", tenantId);
        activity?.SetTag("quartz.fire_instance_id", context.FireInstanceId);
        activity?.SetTag("quartz.recovering", context.Recovering);
        activity?.SetTag("teammeter.trigger", trigger.ToString());
        LogStarted(tenantId, trigger, context.FireInstanceId, context.Recovering);

        // The scheduler holds only the id: read the tenant once here and hand it over, so the engine does not read it
        // again and the retry knows the tenant's local day.
        var tenant = await FindTenantAsync(tenantId, context.CancellationToken).ConfigureAwait(false);
        if (trigger == SyncTrigger.Retry && tenant is not null
            // The trigger's start is the planned time; its scheduled fire time moves to "now" when Quartz fires it late.
            && !_run.IsRetryStillDue(tenant, context.Trigger.StartTimeUtc, attempt))
        {
            return;
        }

        var failed = tenant is null
            ? await _run.RunAsync(tenantId, trigger, context.CancellationToken).ConfigureAwait(false)
            : await _run.RunAsync(tenant, trigger, context.CancellationToken).ConfigureAwait(false);
        if (context.CancellationToken.IsCancellationRequested)
        {
            // The node is stopping: the run did not fail, and a run Quartz recovers elsewhere decides for itself.
            return;
        }

        if (!failed)
        {
            await EndStreakAsync(context, tenantId, trigger).ConfigureAwait(false);
            return;
        }

        activity?.SetStatus(ActivityStatusCode.Error);

        // Only a scheduled run starts a retry streak (a webhook's failure waits for the next change or the daily fire),
        // and a tenant whose record could not be read has no local day to keep the retries on.
        if (trigger is SyncTrigger.Schedule or SyncTrigger.Retry && tenant is not null
            && _run.NextRetry(tenant, attempt + 1) is { } retry)
        {
            await ScheduleRetryAsync(context, tenantId, retry).ConfigureAwait(false);
        }
    }

    private async Task<SyncTenant?> FindTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        try
        {
            var tenant = await _tenants.FindTenantAsync(tenantId, cancellationToken).ConfigureAwait(false);

            // An unusable or foreign record is not handed over: the engine looks the job's tenant up by id itself.
            return tenant is { TimeZone: not null } && string.Equals(tenant.TenantId, tenantId, StringComparison.Ordinal) ? tenant : null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The node is stopping: the run by id sees the same token and ends as cancelled.
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The run goes ahead by id: the engine looks the tenant up and records the failure if the host's list still fails.
            LogTenantLookupFailed(tenantId, RedactedException.Of(exception));
            LogTenantLookupFailedDetail(tenantId, exception);
            return null;
        }
    }

    /// <summary>
    /// Writes the retry trigger. A retry run writes its successor under its own key while it fires; Quartz keeps a
    /// trigger rescheduled during its own fire, and holds it (the job disallows concurrent runs) until this run ends.
    /// </summary>
    private async Task ScheduleRetryAsync(IJobExecutionContext context, string tenantId, PendingRetry retry)
    {
        var group = context.JobDetail.Key.Group;
        var key = TenantSchedule.RetryTriggerKey(tenantId, group);
        var retryTrigger = TenantSchedule.RetryTrigger(tenantId, group, retry);
        try
        {
            // No cancellation token: the run is over, and its retry must be written even while the node stops.
            if (await context.Scheduler.CheckExists(key).ConfigureAwait(false))
            {
                await context.Scheduler.RescheduleJob(key, retryTrigger).ConfigureAwait(false);
            }
            else
            {
                await context.Scheduler.ScheduleJob(retryTrigger).ConfigureAwait(false);
            }
        }
        catch (SchedulerException exception)
        {
            // The job store may be unreachable for a moment; the daily fire still covers the tenant tomorrow.
            LogRetryNotStored(tenantId, RedactedException.Of(exception));
        }
    }

    /// <summary>
    /// A successful run, whatever fired it, leaves the tenant in sync: a retry still waiting would only repeat it.
    /// The existence check reads without the cluster's trigger lock, so the common case (no retry) stays cheap.
    /// </summary>
    private async Task EndStreakAsync(IJobExecutionContext context, string tenantId, SyncTrigger trigger)
    {
        var key = TenantSchedule.RetryTriggerKey(tenantId, context.JobDetail.Key.Group);
        if (context.Trigger.Key.Equals(key))
        {
            // This run is the retry: its one-off trigger completes by itself.
            return;
        }

        try
        {
            if (await context.Scheduler.CheckExists(key).ConfigureAwait(false)
                && await context.Scheduler.UnscheduleJob(key).ConfigureAwait(false))
            {
                LogStreakEnded(tenantId, trigger);
            }
        }
        catch (SchedulerException exception)
        {
            // Harmless when it stays: the retry runs once more and succeeds or fails like any run.
            LogRetryNotStored(tenantId, RedactedException.Of(exception));
        }
    }
}
