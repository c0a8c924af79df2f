using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Scheduling;

// Event ids 3100-3119 belong to the in-process sync dispatcher.
internal sealed partial class InProcessSyncDispatcher
{
    [LoggerMessage(EventId = 3100, EventName = "SyncRequested", Level = LogLevel.Information, Message = "Sync of tenant {TenantId} requested ({Trigger}); it starts in {Delay}")]
    private partial void LogRequested(string tenantId, SyncTrigger trigger, TimeSpan delay);

    [LoggerMessage(EventId = 3101, EventName = "SyncRequestJoined", Level = LogLevel.Debug, Message = "Sync of tenant {TenantId} requested again; joined the waiting run")]
    private partial void LogJoined(string tenantId);

    [LoggerMessage(EventId = 3102, EventName = "SyncFollowUpQueued", Level = LogLevel.Information, Message = "Sync of tenant {TenantId} requested while one runs; one more follows it")]
    private partial void LogFollowUpQueued(string tenantId);

    [LoggerMessage(EventId = 3103, EventName = "RequestedSyncFinished", Level = LogLevel.Information, Message = "Requested sync of tenant {TenantId} ({Trigger}) finished: {Applied} applied")]
    private partial void LogFinished(string tenantId, SyncTrigger trigger, int applied);

    [LoggerMessage(EventId = 3104, EventName = "RequestedSyncFailed", Level = LogLevel.Warning, Message = "Requested sync of tenant {TenantId} ({Trigger}) failed ({ErrorType})")]
    private partial void LogFailed(string tenantId, SyncTrigger trigger, string errorType);
}
