using System.Text.Json;
using System.Text.Json.Serialization;

namespace Teammeter.Hris.Apideck.Dtos;

/// <summary>One of Apideck's <c>custom_fields</c>: its value may be a string, number, boolean, object or array.</summary>
internal sealed class CustomFieldDto
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("value")]
    public JsonElement? Value { get; set; }
}
