using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>
/// Sends Apideck-shaped, signed webhook deliveries to <see cref="DeliveryUrl"/>, as Apideck does to an application's
/// registered URL: <c>{"payload": {...}}</c> with <c>x-apideck-signature</c>, the Base64 HMAC-SHA256 keyed with the
/// API key over the body with its keys sorted and printed compactly. When the URL is set, completing a Vault session
/// sends <c>vault.connection.callable</c>.
/// </summary>
public sealed class WebhookSender(string apiKey, string serviceId)
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(60) };

    private readonly ConcurrentQueue<(string EventType, string ConsumerId, HttpStatusCode Status)> _delivered = new();

    /// <summary>Where events go; <see langword="null"/> (the default) sends nothing.</summary>
    public Uri? DeliveryUrl { get; set; }

    /// <summary>Every delivery made, with the status the receiver answered.</summary>
    public IReadOnlyList<(string EventType, string ConsumerId, HttpStatusCode Status)> Delivered => [.. _delivered];

    /// <summary>Sends one event to <see cref="DeliveryUrl"/>.</summary>
    /// <param name="eventType">For example <c>vault.connection.callable</c> or <c>hris.employee.updated</c>.</param>
    /// <param name="consumerId">The consumer the event is about.</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    /// <returns>The receiver's status.</returns>
    /// <exception cref="InvalidOperationException"><see cref="DeliveryUrl"/> is not set.</exception>
    public async Task<HttpStatusCode> SendAsync(string eventType, string consumerId, CancellationToken cancellationToken)
    {
        var url = DeliveryUrl ?? throw new InvalidOperationException("Set WebhookSender.DeliveryUrl first.");
        var body = new JsonObject
        {
            ["payload"] = new JsonObject
            {
                ["event_type"] = eventType,
                ["event_id"] = Guid.NewGuid().ToString(),
                ["service_id"] = serviceId,
                ["consumer_id"] = consumerId,
                ["entity_id"] = consumerId,
                ["entity_type"] = eventType.StartsWith("vault.", StringComparison.Ordinal) ? "Connection" : "Employee",
                ["entity_url"] = $"https://unify.apideck.com/vault/connections/hris/{serviceId}",
                ["execution_attempt"] = 1,
                ["occurred_at"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            },
        };
        var text = body.ToJsonString(Compact);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(text, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("x-apideck-signature", Sign(body));
        using var response = await Client.SendAsync(request, cancellationToken);
        _delivered.Enqueue((eventType, consumerId, response.StatusCode));
        return response.StatusCode;
    }

    private string Sign(JsonNode body)
    {
        var canonical = Sorted(body)!.ToJsonString(Compact);
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(apiKey), Encoding.UTF8.GetBytes(canonical)));
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sorted)]),
        _ => node?.DeepClone(),
    };
}
