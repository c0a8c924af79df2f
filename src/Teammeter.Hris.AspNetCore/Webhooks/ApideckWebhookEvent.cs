namespace Teammeter.Hris.Webhooks;

/// <summary>
/// The fields of a delivery's <c>payload</c> the receiver uses (<c>WebhookEvent</c> in Apideck's webhook spec, plus
/// <c>consumer_id</c>). Ids only: an event is a hint to sync, never data.
/// </summary>
internal sealed record ApideckWebhookEvent(
    string EventType,
    string EventId,
    string ConsumerId,
    string? ServiceId,
    string? EntityType,
    string? EntityId,
    int? ExecutionAttempt,
    DateTimeOffset? OccurredAt);
