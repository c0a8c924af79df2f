using System.Text.Json.Serialization;

namespace Teammeter.Hris.Apideck.Dtos;

/// <summary>Apideck's <c>employment_role</c>; only its <c>type</c> is read, and only when a scope filters on it.</summary>
internal sealed class EmploymentRoleDto
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }
}
