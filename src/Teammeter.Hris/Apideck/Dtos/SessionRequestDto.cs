using System.Text.Json.Serialization;

namespace Teammeter.Hris.Apideck.Dtos;

/// <summary>The body of <c>POST /vault/sessions</c> (Apideck's <c>Session</c>).</summary>
internal sealed class SessionRequestDto
{
    [JsonPropertyName("consumer_metadata")]
    public ConsumerMetadataDto? ConsumerMetadata { get; set; }

    [JsonPropertyName("redirect_uri")]
    public string? RedirectUri { get; set; }

    [JsonPropertyName("settings")]
    public SessionSettingsDto? Settings { get; set; }
}
