using Microsoft.Extensions.Logging;
using Quartz;

namespace Teammeter.Hris.Scheduling;

// Event ids 4100-4119 belong to the Quartz sync dispatcher (requested runs, such as webhooks).
internal sealed partial class QuartzSyncDispatcher
{
    [LoggerMessage(EventId = 4100, EventName = "RequestedRunScheduled", Level = LogLevel.Information, Message = "Requested sync of tenant {TenantId} ({Trigger}) scheduled in Quartz for {At:u}")]
    private partial void LogScheduled(string tenantId, SyncTrigger trigger, DateTimeOffset at);

    [LoggerMessage(EventId = 4101, EventName = "RequestedRunJoined", Level = LogLevel.Debug, Message = "Requested sync of tenant {TenantId} joined the run already waiting in Quartz ({State})")]
    private partial void LogJoined(string tenantId, TriggerState state);
}
