using System.Text.Json.Serialization;

namespace Teammeter.Hris.Apideck.Dtos;

/// <summary>The <c>settings</c> of a Vault session: which unified APIs the admin sees.</summary>
internal sealed class SessionSettingsDto
{
    [JsonPropertyName("unified_apis")]
    public List<string>? UnifiedApis { get; set; }
}
