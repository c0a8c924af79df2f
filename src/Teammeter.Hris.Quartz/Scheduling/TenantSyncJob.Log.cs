using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Scheduling;

// Event ids 4000-4049 belong to the Quartz job (4050-4099 the schedule keeper). 4001-4003 were the run's outcome
// before the job shared the core's ScheduledRun (3200-3219), which logs it now; they stay retired.
internal sealed partial class TenantSyncJob
{
    [LoggerMessage(4000, LogLevel.Information, "Quartz sync of tenant {TenantId} started ({Trigger}, fire {FireInstanceId}, recovering: {Recovering})")]
    private partial void LogStarted(string tenantId, SyncTrigger trigger, string fireInstanceId, bool recovering);

    [LoggerMessage(4004, LogLevel.Error, "Quartz job {JobKey} has no tenant id in its job data; nothing was synced")]
    private partial void LogTenantMissing(string jobKey);

    [LoggerMessage(EventId = 4005, EventName = "TenantLookupFailed", Level = LogLevel.Warning, Message = "Could not read tenant {TenantId} from the tenant list; the engine looks it up for the run, and a failure is not retried today")]
    private partial void LogTenantLookupFailed(string tenantId, Exception exception);

    [LoggerMessage(EventId = 4006, EventName = "TenantLookupFailedDetail", Level = LogLevel.Debug, Message = "Could not read tenant {TenantId} from the tenant list; the full exception")]
    private partial void LogTenantLookupFailedDetail(string tenantId, Exception exception);

    [LoggerMessage(EventId = 4007, EventName = "RetryNotStored", Level = LogLevel.Warning, Message = "Could not write or remove the retry trigger of tenant {TenantId} in Quartz; the daily fire covers the tenant")]
    private partial void LogRetryNotStored(string tenantId, Exception exception);

    [LoggerMessage(EventId = 4008, EventName = "RetryStreakEnded", Level = LogLevel.Information, Message = "Tenant {TenantId}: the {Trigger} sync succeeded; the waiting retry was removed")]
    private partial void LogStreakEnded(string tenantId, SyncTrigger trigger);
}
