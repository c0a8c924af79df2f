using System.Text.Json.Serialization;

namespace Teammeter.Hris.Apideck.Dtos;

/// <summary>Apideck's <c>Department</c>, read only when <see cref="PersonioSyncOptions.ReadDepartmentsEndpoint"/> is on.</summary>
internal sealed class DepartmentDto
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }
}
