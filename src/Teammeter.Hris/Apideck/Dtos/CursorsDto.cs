using System.Text.Json.Serialization;

namespace Teammeter.Hris.Apideck.Dtos;

/// <summary>Apideck's <c>meta.cursors</c>; <see cref="Next"/> is <see langword="null"/> on the last page.</summary>
internal sealed class CursorsDto
{
    [JsonPropertyName("next")]
    public string? Next { get; set; }
}
