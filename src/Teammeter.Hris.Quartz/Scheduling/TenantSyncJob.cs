using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Teammeter.Hris.Scheduling;

/// <summary>
/// Syncs one tenant through the engine, which records the run in its telemetry. Never runs twice at once for the
/// same tenant (the job key is per tenant), and a failed run simply waits for the next fire: the engine converges.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class TenantSyncJob(IPersonioSync sync, ILogger<TenantSyncJob> logger) : IJob
{
    // Same name as the engine's source, so a host listening to PersonioSyncTelemetry.ActivitySourceName sees the
    // job span with the engine's run span beneath it.
    internal static readonly ActivitySource ActivitySource = new(PersonioSyncTelemetry.ActivitySourceName);

    public async Task Execute(IJobExecutionContext context)
    {
        var tenantId = context.MergedJobDataMap.GetString(TenantSchedule.TenantIdKey);
        if (string.IsNullOrEmpty(tenantId))
        {
            LogTenantMissing(context.JobDetail.Key.ToString());
            return;
        }

        using var activity = ActivitySource.StartActivity(nameof(TenantSyncJob));
        activity?.SetTag("teammeter.tenant", tenantId);
        activity?.SetTag("quartz.fire_instance_id", context.FireInstanceId);
        activity?.SetTag("quartz.recovering", context.Recovering);
        LogStarted(tenantId, context.FireInstanceId, context.Recovering);
        try
        {
            var report = await sync.SyncAsync(tenantId, SyncTrigger.Schedule, context.CancellationToken).ConfigureAwait(false);
            LogFinished(tenantId, context.FireInstanceId, report.AppliedOperations, report.Held.Count);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, "cancelled");
            LogCancelled(tenantId, context.FireInstanceId);
        }
        catch (Exception exception)
        {
            // One tenant's failure must not disturb the scheduler; the engine already logged and counted it.
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            LogFailed(tenantId, context.FireInstanceId, exception.GetType().Name);
        }
    }
}
