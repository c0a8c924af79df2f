using System.Text.Json.Serialization;

namespace Teammeter.Hris.Apideck.Dtos;

/// <summary>Apideck's <c>EmployeeJob</c>, read only for the title fallback.</summary>
internal sealed class JobDto
{
    [JsonPropertyName("title")]
    public string? Title { get; set; }

    [JsonPropertyName("is_primary")]
    public bool? IsPrimary { get; set; }
}
