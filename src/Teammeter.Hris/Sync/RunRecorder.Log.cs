using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Sync;

// Event ids 2100-2119 belong to the run recorder. Ids only: never names or emails.
internal sealed partial class RunRecorder
{
    [LoggerMessage(EventId = 2100, EventName = "RunRecordFailed", Level = LogLevel.Warning, Message = "Recording a run of tenant {TenantId} failed at the {Step} ({ErrorType}); the run itself is not affected")]
    private partial void LogRecordFailed(string tenantId, string step, string errorType);

    [LoggerMessage(EventId = 2101, EventName = "AdminNotified", Level = LogLevel.Information, Message = "Told the admin of tenant {TenantId}: {Cause}")]
    private partial void LogNotified(string tenantId, AdminNotificationCause cause);
}
