using System.Globalization;
using Quartz;

namespace Teammeter.Hris.Scheduling;

/// <summary>
/// The Quartz job and trigger of one tenant. Both are named by the tenant id inside the configured group, so every
/// node computes the same keys and the clustered store holds exactly one of each per tenant.
/// </summary>
internal static class TenantSchedule
{
    /// <summary>The job data's entry: the tenant id, never a secret.</summary>
    public const string TenantIdKey = "tenantId";

    /// <summary>
    /// A requested run's trigger data: the <see cref="SyncTrigger"/> name the run is recorded as. The daily cron
    /// trigger has none and runs as <see cref="SyncTrigger.Schedule"/>.
    /// </summary>
    public const string SyncTriggerKey = "syncTrigger";

    /// <summary>
    /// A retry trigger's data: which same-day retry of a failed scheduled run it is (1 for the first), as a string so
    /// a job store with <c>quartz.jobStore.useProperties</c> keeps it.
    /// </summary>
    public const string RetryAttemptKey = "retryAttempt";

    public static JobKey JobKey(string tenantId, string group) => new(tenantId, group);

    public static TriggerKey TriggerKey(string tenantId, string group) => new(tenantId, group);

    /// <summary>
    /// The one-off trigger of a requested run (a webhook), one per tenant. It lives in its own group so the schedule
    /// keeper, which owns the cron group, never mistakes it for a tenant that left automatic sync.
    /// </summary>
    public static TriggerKey RequestTriggerKey(string tenantId, string group) => new(tenantId, RequestGroup(group));

    public static string RequestGroup(string group) => group + ".requested";

    /// <summary>Fires once at <paramref name="at"/>; if the cluster was down then, as soon as it is back.</summary>
    public static ITrigger RequestTrigger(string tenantId, string group, SyncTrigger trigger, DateTimeOffset at) =>
        TriggerBuilder.Create()
            .WithIdentity(RequestTriggerKey(tenantId, group))
            .ForJob(JobKey(tenantId, group))
            .UsingJobData(SyncTriggerKey, trigger.ToString())
            .StartAt(at)
            .WithSimpleSchedule(simple => simple.WithMisfireHandlingInstructionFireNow())
            .Build();

    /// <summary>
    /// The one-off trigger of a failed scheduled run's same-day retry, one per tenant. Like the requested run's, it
    /// lives in its own group: the schedule keeper owns only the cron group and never removes it as a stale tenant,
    /// and it never replaces the daily trigger or a requested run's.
    /// </summary>
    public static TriggerKey RetryTriggerKey(string tenantId, string group) => new(tenantId, RetryGroup(group));

    public static string RetryGroup(string group) => group + ".retry";

    /// <summary>
    /// Fires once at <paramref name="retry"/>'s time, recorded as <see cref="SyncTrigger.Retry"/>; if the cluster was
    /// down then, as soon as it is back (the job skips a retry whose local day has ended meanwhile).
    /// </summary>
    public static ITrigger RetryTrigger(string tenantId, string group, PendingRetry retry) =>
        TriggerBuilder.Create()
            .WithIdentity(RetryTriggerKey(tenantId, group))
            .ForJob(JobKey(tenantId, group))
            .UsingJobData(SyncTriggerKey, nameof(SyncTrigger.Retry))
            .UsingJobData(RetryAttemptKey, retry.Attempt.ToString(CultureInfo.InvariantCulture))
            .StartAt(retry.At)
            .WithSimpleSchedule(simple => simple.WithMisfireHandlingInstructionFireNow())
            .Build();

    /// <summary>Every day at the given local time ("s m H ? * *").</summary>
    public static string CronExpression(TimeOnly at) =>
        string.Create(CultureInfo.InvariantCulture, $"{at.Second} {at.Minute} {at.Hour} ? * *");

    public static IJobDetail Job(string tenantId, string group) =>
        JobBuilder.Create<TenantSyncJob>()
            .WithIdentity(JobKey(tenantId, group))
            .WithDescription("Daily Personio sync of one tenant")
            .UsingJobData(TenantIdKey, tenantId)
            // A node that dies mid-run leaves the run to another node; safe because applying is idempotent.
            .RequestRecovery()
            .Build();

    public static ITrigger Trigger(SyncTenant tenant, string group) =>
        TriggerBuilder.Create()
            .WithIdentity(TriggerKey(tenant.TenantId, group))
            .ForJob(JobKey(tenant.TenantId, group))
            .WithCronSchedule(CronExpression(tenant.SyncAt), cron => cron
                .InTimeZone(tenant.TimeZone)
                // After downtime: one run now, then back on schedule; never one run per missed day.
                .WithMisfireHandlingInstructionFireAndProceed())
            .Build();

    /// <summary>Whether a stored trigger already fires at the tenant's time in its zone with the right misfire policy.</summary>
    public static bool IsCurrent(ITrigger stored, SyncTenant tenant) =>
        stored is ICronTrigger cron
        && cron.CronExpressionString == CronExpression(tenant.SyncAt)
        && cron.TimeZone.Id == tenant.TimeZone.Id
        && cron.MisfireInstruction == MisfireInstruction.CronTrigger.FireOnceNow;
}
