using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Teammeter.Hris.Scheduling;

/// <summary>
/// Requests a tenant's run as a one-off trigger of the tenant's Quartz job, so with the clustered job store a request
/// on any node makes one run on one node. The trigger key is one per tenant: a request while that trigger waits joins
/// it (cluster-wide, whichever node received it); a request while the job runs schedules the one run that follows,
/// which Quartz holds until the running one ends (the job is <c>DisallowConcurrentExecution</c>).
/// </summary>
/// <remarks>
/// The job is stored with the trigger, so a tenant without automatic sync (no daily trigger yet, for example just
/// authorised) has one for the run; Quartz removes that non-durable job again when its last trigger is done.
/// Two nodes asking at the very same moment may both write the trigger; the second replaces the first, still one run.
/// </remarks>
internal sealed partial class QuartzSyncDispatcher(
    Func<ISchedulerFactory> schedulers,
    IOptions<QuartzSchedulingOptions> options,
    TimeProvider time,
    ILogger<QuartzSyncDispatcher> logger) : ISyncDispatcher
{
    public async Task RequestSyncAsync(string tenantId, SyncTrigger trigger, TimeSpan delay, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        var group = options.Value.Group;
        var scheduler = await schedulers().GetScheduler(cancellationToken).ConfigureAwait(false);
        var key = TenantSchedule.RequestTriggerKey(tenantId, group);
        var state = await scheduler.GetTriggerState(key, cancellationToken).ConfigureAwait(false);
        if (state is not (TriggerState.None or TriggerState.Complete or TriggerState.Error))
        {
            // Waiting (Normal), held behind a running sync (Blocked) or paused by an operator: this request joins it.
            LogJoined(tenantId, state);
            return;
        }

        var at = time.GetUtcNow() + delay;
        await scheduler.ScheduleJob(
            TenantSchedule.Job(tenantId, group),
            [TenantSchedule.RequestTrigger(tenantId, group, trigger, at)],
            replace: true,
            cancellationToken).ConfigureAwait(false);
        LogScheduled(tenantId, trigger, at);
    }
}
