using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Scheduling;

// Event ids 3200-3219: a scheduler's run and its same-day retries, whichever scheduler (built-in or Quartz) ran it.
internal sealed partial class ScheduledRun
{
    [LoggerMessage(EventId = 3200, EventName = "ScheduledRunFinished", Level = LogLevel.Information, Message = "Sync of tenant {TenantId} ({Trigger}) finished: {Applied} applied, {Held} held")]
    private partial void LogRunFinished(string tenantId, SyncTrigger trigger, int applied, int held);

    [LoggerMessage(EventId = 3201, EventName = "ScheduledRunFailed", Level = LogLevel.Warning, Message = "Sync of tenant {TenantId} ({Trigger}) failed ({ErrorType})")]
    private partial void LogRunFailed(string tenantId, SyncTrigger trigger, string errorType);

    [LoggerMessage(EventId = 3202, EventName = "ScheduledRunCancelled", Level = LogLevel.Information, Message = "Sync of tenant {TenantId} ({Trigger}) was cancelled by shutdown")]
    private partial void LogRunCancelled(string tenantId, SyncTrigger trigger);

    [LoggerMessage(EventId = 3203, EventName = "RetryPlanned", Level = LogLevel.Information, Message = "Tenant {TenantId}: retry {Attempt} of the failed sync at {At:u}")]
    private partial void LogRetryPlanned(string tenantId, int attempt, DateTimeOffset at);

    [LoggerMessage(EventId = 3204, EventName = "RetryNotToday", Level = LogLevel.Information, Message = "Tenant {TenantId}: retry {Attempt} would fall on the next local day; the sync runs at its next daily slot")]
    private partial void LogRetryNotToday(string tenantId, int attempt);

    [LoggerMessage(EventId = 3205, EventName = "RetriesExhausted", Level = LogLevel.Warning, Message = "Tenant {TenantId}: the sync failed after {Retries} same-day retries; it runs again at its next daily slot")]
    private partial void LogRetriesExhausted(string tenantId, int retries);

    [LoggerMessage(EventId = 3206, EventName = "RetryOutlivedItsDay", Level = LogLevel.Information, Message = "Tenant {TenantId}: retry {Attempt} fired after its local day ended (the scheduler was down); skipped, the daily slot covers the new day")]
    private partial void LogRetryOutlivedItsDay(string tenantId, int attempt);
}
