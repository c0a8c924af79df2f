using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Webhooks;

// Event ids 6000-6049 belong to the webhook endpoint. Ids only: never a body, a name or the signature.
internal sealed partial class ApideckWebhookReceiver
{
    [LoggerMessage(EventId = 6000, EventName = "WebhookAccepted", Level = LogLevel.Information, Message = "Apideck event {EventId} ({EventType}) for consumer {ConsumerId} accepted")]
    private partial void LogAccepted(string eventId, string eventType, string consumerId);

    [LoggerMessage(EventId = 6001, EventName = "WebhookRepeated", Level = LogLevel.Information, Message = "Apideck event {EventId} ({EventType}, attempt {Attempt}) was already accepted; acknowledged again, nothing done")]
    private partial void LogRepeated(string eventId, string eventType, int? attempt);

    [LoggerMessage(EventId = 6002, EventName = "WebhookRejected", Level = LogLevel.Warning, Message = "Apideck webhook delivery rejected with {StatusCode}: {Reason}")]
    private partial void LogRejected(int statusCode, string reason);

    [LoggerMessage(EventId = 6003, EventName = "WebhookQueueFull", Level = LogLevel.Warning, Message = "Apideck event {EventId} answered 503: the webhook queue is full; Apideck retries it")]
    private partial void LogQueueFull(string eventId);

    [LoggerMessage(EventId = 6004, EventName = "WebhookWithoutEvent", Level = LogLevel.Information, Message = "A signed Apideck request without an event payload (a delivery-URL validation) was acknowledged")]
    private partial void LogNoEvent();
}
