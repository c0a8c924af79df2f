using System.Text.Json.Serialization;

namespace Teammeter.Hris.Apideck.Dtos;

/// <summary>One page of an Apideck unified list response (<c>GetEmployeesResponse</c>, <c>GetDepartmentsResponse</c>).</summary>
internal sealed class ListPageDto<T>
{
    [JsonPropertyName("data")]
    public List<T>? Data { get; set; }

    [JsonPropertyName("meta")]
    public MetaDto? Meta { get; set; }
}
