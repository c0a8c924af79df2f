using System.Text.Json.Serialization;

namespace Teammeter.Hris.Apideck.Dtos;

/// <summary>The <c>data</c> of a created Vault session. The token is not read: the URI already carries it.</summary>
internal sealed class SessionDataDto
{
    [JsonPropertyName("session_uri")]
    public string? SessionUri { get; set; }
}
