using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Teammeter.Hris.Tests.Webhooks;

/// <summary>
/// Builds deliveries the way Apideck does, with a signer written independently of the product's canonicaliser:
/// JsonNode, keys sorted by rebuilding each object, <c>ToJsonString</c> with an encoder that leaves text unescaped.
/// Good for ASCII ids; the byte-exact corner cases are pinned by the Node.js vectors in <see cref="ApideckSignatureTests"/>.
/// </summary>
internal static class SignedDelivery
{
    public static string Event(string eventType, string consumerId, string? eventId = null, string serviceId = "personio", int attempt = 1) =>
        new JsonObject
        {
            ["payload"] = new JsonObject
            {
                ["event_type"] = eventType,
                ["event_id"] = eventId ?? Guid.NewGuid().ToString(),
                ["service_id"] = serviceId,
                ["consumer_id"] = consumerId,
                ["entity_id"] = "emp-1",
                ["entity_type"] = "employee",
                ["entity_url"] = "https://unify.apideck.com/hris/employees/emp-1",
                ["execution_attempt"] = attempt,
                ["occurred_at"] = "2026-11-25T05:00:00.000Z",
            },
        }.ToJsonString();

    public static string Sign(string body, string key)
    {
        var sorted = Sort(JsonNode.Parse(body));
        var canonical = sorted?.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "null";
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(canonical)));
    }

    public static HttpRequestMessage Request(Uri url, string body, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")) };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("x-apideck-signature", signature);
        }

        return request;
    }

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sort(p.Value?.DeepClone())))),
        JsonArray array => new JsonArray(array.Select(item => Sort(item?.DeepClone())).ToArray()),
        _ => node?.DeepClone(),
    };
}
