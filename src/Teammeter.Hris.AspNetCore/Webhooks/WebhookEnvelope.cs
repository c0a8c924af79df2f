using System.Globalization;
using System.Text.Json;

namespace Teammeter.Hris.Webhooks;

/// <summary>Reads the event out of a verified body: <c>{"payload": {"event_type", "event_id", "consumer_id", ...}}</c>.</summary>
internal static class WebhookEnvelope
{
    /// <summary>Reads the event.</summary>
    /// <param name="body">The verified body.</param>
    /// <param name="webhookEvent">The event, when there is one.</param>
    /// <param name="problem">Why the body is malformed, when it is.</param>
    /// <returns>
    /// <see langword="true"/> with the event, or with neither event nor problem when the body carries no
    /// <c>payload</c> at all (Apideck's delivery-URL validation sends a signed request whose body is not documented;
    /// it must be answered 2xx); <see langword="false"/> with the problem when the payload is malformed.
    /// </returns>
    public static bool TryRead(JsonElement body, out ApideckWebhookEvent? webhookEvent, out string? problem)
    {
        webhookEvent = null;
        problem = null;
        if (body.ValueKind != JsonValueKind.Object)
        {
            problem = "the body is not a JSON object";
            return false;
        }

        if (!body.TryGetProperty("payload", out var payload))
        {
            return true;
        }

        if (payload.ValueKind != JsonValueKind.Object)
        {
            problem = "payload is not an object";
            return false;
        }

        var eventType = RequiredString(payload, "event_type", ref problem);
        var eventId = RequiredString(payload, "event_id", ref problem);
        var consumerId = RequiredString(payload, "consumer_id", ref problem);
        var serviceId = OptionalString(payload, "service_id", ref problem);
        var entityType = OptionalString(payload, "entity_type", ref problem);
        var entityId = OptionalString(payload, "entity_id", ref problem);
        int? attempt = null;
        if (payload.TryGetProperty("execution_attempt", out var attemptValue) && attemptValue.ValueKind != JsonValueKind.Null)
        {
            if (attemptValue.ValueKind == JsonValueKind.Number && attemptValue.TryGetInt32(out var parsed))
            {
                attempt = parsed;
            }
            else
            {
                problem ??= "payload.execution_attempt is not an integer";
            }
        }

        DateTimeOffset? occurredAt = null;
        if (OptionalString(payload, "occurred_at", ref problem) is { } occurred)
        {
            if (DateTimeOffset.TryParse(occurred, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                occurredAt = at;
            }
            else
            {
                problem ??= "payload.occurred_at is not a date-time";
            }
        }

        if (problem is not null)
        {
            return false;
        }

        webhookEvent = new ApideckWebhookEvent(eventType!, eventId!, consumerId!, serviceId, entityType, entityId, attempt, occurredAt);
        return true;
    }

    private static string? RequiredString(JsonElement payload, string name, ref string? problem)
    {
        if (payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 and <= 256 } text)
        {
            return text;
        }

        problem ??= $"payload.{name} is missing, empty, too long or not a string";
        return null;
    }

    private static string? OptionalString(JsonElement payload, string name, ref string? problem)
    {
        if (!payload.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        problem ??= $"payload.{name} is not a string";
        return null;
    }
}
