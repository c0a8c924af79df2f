using System.Text.Json.Serialization;

namespace Teammeter.Hris.Apideck.Dtos;

/// <summary>The employee's <c>manager</c>; only its id is read (names and emails are not needed).</summary>
internal sealed class ManagerDto
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }
}
