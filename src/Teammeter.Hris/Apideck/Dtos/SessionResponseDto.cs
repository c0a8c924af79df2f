using System.Text.Json.Serialization;

namespace Teammeter.Hris.Apideck.Dtos;

/// <summary>Apideck's <c>CreateSessionResponse</c>.</summary>
internal sealed class SessionResponseDto
{
    [JsonPropertyName("data")]
    public SessionDataDto? Data { get; set; }
}
