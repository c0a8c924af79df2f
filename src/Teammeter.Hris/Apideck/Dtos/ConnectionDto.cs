using System.Text.Json.Serialization;

namespace Teammeter.Hris.Apideck.Dtos;

/// <summary>The part of Apideck's <c>Connection</c> the status needs. Settings are never read: they may hold secrets.</summary>
internal sealed class ConnectionDto
{
    [JsonPropertyName("service_id")]
    public string? ServiceId { get; set; }

    [JsonPropertyName("state")]
    public string? State { get; set; }

    [JsonPropertyName("enabled")]
    public bool? Enabled { get; set; }
}
