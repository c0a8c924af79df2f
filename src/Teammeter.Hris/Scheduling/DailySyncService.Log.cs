using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Scheduling;

// Event ids 3000-3099 belong to the daily scheduler.
internal sealed partial class DailySyncService
{
    [LoggerMessage(3000, LogLevel.Warning, "Could not read the tenant list; retrying at the next refresh")]
    private partial void LogTenantListFailed(Exception exception);

    [LoggerMessage(3004, LogLevel.Debug, "Could not read the tenant list; the full exception")]
    private partial void LogTenantListFailedDetail(Exception exception);

    [LoggerMessage(3005, LogLevel.Warning, "Skipped tenant {TenantId} of the tenant list: {Reason}; the other tenants run as scheduled")]
    private partial void LogTenantSkipped(string tenantId, string reason);

    [LoggerMessage(3001, LogLevel.Information, "Scheduled sync of tenant {TenantId} finished: {Applied} applied, {Held} held")]
    private partial void LogScheduledRunFinished(string tenantId, int applied, int held);

    [LoggerMessage(3002, LogLevel.Warning, "Scheduled sync of tenant {TenantId} failed ({ErrorType})")]
    private partial void LogScheduledRunFailed(string tenantId, string errorType);

    [LoggerMessage(3003, LogLevel.Information, "Scheduled sync of tenant {TenantId} was cancelled by shutdown")]
    private partial void LogScheduledRunCancelled(string tenantId);

    [LoggerMessage(EventId = 3006, EventName = "RetryScheduled", Level = LogLevel.Information, Message = "Tenant {TenantId}: retry {Attempt} of the failed scheduled sync at {At:u}")]
    private partial void LogRetryScheduled(string tenantId, int attempt, DateTimeOffset at);

    [LoggerMessage(EventId = 3007, EventName = "RetryNotToday", Level = LogLevel.Information, Message = "Tenant {TenantId}: retry {Attempt} would fall on the next day; the sync runs at its next slot")]
    private partial void LogRetryNotToday(string tenantId, int attempt);
}
