using System.Globalization;
using Quartz;

namespace Teammeter.Hris.Scheduling;

/// <summary>
/// The Quartz job and trigger of one tenant. Both are named by the tenant id inside the configured group, so every
/// node computes the same keys and the clustered store holds exactly one of each per tenant.
/// </summary>
internal static class TenantSchedule
{
    /// <summary>The one entry of the job data: the tenant id, never a secret.</summary>
    public const string TenantIdKey = "tenantId";

    public static JobKey JobKey(string tenantId, string group) => new(tenantId, group);

    public static TriggerKey TriggerKey(string tenantId, string group) => new(tenantId, group);

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
