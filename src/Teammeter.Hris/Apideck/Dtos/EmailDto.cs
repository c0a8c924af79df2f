using System.Text.Json.Serialization;

namespace Teammeter.Hris.Apideck.Dtos;

/// <summary>Apideck's <c>Email</c>: an address and its type (<c>work</c>, <c>primary</c>, ...).</summary>
internal sealed class EmailDto
{
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }
}
