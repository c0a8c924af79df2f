using System.Text.Json.Serialization;

namespace Teammeter.Hris.Apideck.Dtos;

/// <summary>Apideck's <c>GetConnectionResponse</c>.</summary>
internal sealed class ConnectionResponseDto
{
    [JsonPropertyName("data")]
    public ConnectionDto? Data { get; set; }
}
