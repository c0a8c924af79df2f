using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Webhooks;

// Event ids 6050-6099 belong to the webhook worker. Ids only.
internal sealed partial class ApideckWebhookProcessor
{
    [LoggerMessage(EventId = 6050, EventName = "WebhookSyncRequested", Level = LogLevel.Information, Message = "Tenant {TenantId}: sync requested by Apideck event {EventId} ({EventType})")]
    private partial void LogSyncRequested(string tenantId, string eventId, string eventType);

    [LoggerMessage(EventId = 6051, EventName = "WebhookUnknownConsumer", Level = LogLevel.Warning, Message = "Apideck event {EventId} ({EventType}) names consumer {ConsumerId}, which maps to no tenant; ignored")]
    private partial void LogUnknownConsumer(string consumerId, string eventId, string eventType);

    [LoggerMessage(EventId = 6052, EventName = "WebhookTypeIgnored", Level = LogLevel.Debug, Message = "Apideck event {EventId} ({EventType}) asks nothing of the sync; ignored")]
    private partial void LogIgnoredType(string eventId, string eventType);

    [LoggerMessage(EventId = 6053, EventName = "WebhookServiceIgnored", Level = LogLevel.Debug, Message = "Apideck event {EventId} ({EventType}) is for connector {ServiceId}, not the one synced; ignored")]
    private partial void LogIgnoredService(string eventId, string eventType, string serviceId);

    [LoggerMessage(EventId = 6054, EventName = "WebhookAdminNotified", Level = LogLevel.Information, Message = "Tenant {TenantId}: the admin was told that the connection is lost ({EventType})")]
    private partial void LogNotified(string tenantId, string eventType);

    [LoggerMessage(EventId = 6055, EventName = "WebhookAlreadyNotified", Level = LogLevel.Debug, Message = "Tenant {TenantId}: event {EventId} was already notified")]
    private partial void LogAlreadyNotified(string tenantId, string eventId);

    [LoggerMessage(EventId = 6056, EventName = "WebhookConnectionLostUntold", Level = LogLevel.Warning, Message = "Tenant {TenantId}: the connection is lost ({EventType}), and no IAdminNotifier is registered to tell the admin")]
    private partial void LogConnectionLostUntold(string tenantId, string eventType);

    [LoggerMessage(EventId = 6057, EventName = "WebhookEventFailed", Level = LogLevel.Warning, Message = "Apideck event {EventId} ({EventType}) could not be handled ({ErrorType}); the next event or the daily sync catches up")]
    private partial void LogFailed(string eventId, string eventType, string errorType);
}
