using System.Text.Json.Serialization;

namespace Teammeter.Hris.Apideck.Dtos;

/// <summary>Apideck's <c>ConsumerMetadata</c>: how the organisation is shown in Vault.</summary>
internal sealed class ConsumerMetadataDto
{
    [JsonPropertyName("account_name")]
    public string? AccountName { get; set; }

    [JsonPropertyName("user_name")]
    public string? UserName { get; set; }

    [JsonPropertyName("email")]
    public string? Email { get; set; }
}
