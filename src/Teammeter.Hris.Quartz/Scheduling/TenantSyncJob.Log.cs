using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Scheduling;

// Event ids 4000-4099 belong to the Quartz scheduling: 4000-4049 the job, 4050-4099 the schedule keeper.
internal sealed partial class TenantSyncJob
{
    [LoggerMessage(4000, LogLevel.Information, "Quartz sync of tenant {TenantId} started ({Trigger}, fire {FireInstanceId}, recovering: {Recovering})")]
    private partial void LogStarted(string tenantId, SyncTrigger trigger, string fireInstanceId, bool recovering);

    [LoggerMessage(4001, LogLevel.Information, "Quartz sync of tenant {TenantId} finished (fire {FireInstanceId}): {Applied} applied, {Held} held")]
    private partial void LogFinished(string tenantId, string fireInstanceId, int applied, int held);

    [LoggerMessage(4002, LogLevel.Warning, "Quartz sync of tenant {TenantId} failed (fire {FireInstanceId}, {ErrorType}); it runs again at its next fire time")]
    private partial void LogFailed(string tenantId, string fireInstanceId, string errorType);

    [LoggerMessage(4003, LogLevel.Information, "Quartz sync of tenant {TenantId} was cancelled (fire {FireInstanceId})")]
    private partial void LogCancelled(string tenantId, string fireInstanceId);

    [LoggerMessage(4004, LogLevel.Error, "Quartz job {JobKey} has no tenant id in its job data; nothing was synced")]
    private partial void LogTenantMissing(string jobKey);
}
