using System.Text.Json.Serialization;

namespace Teammeter.Hris.Apideck.Dtos;

/// <summary>Apideck's <c>Meta</c>: response metadata holding the paging cursors.</summary>
internal sealed class MetaDto
{
    [JsonPropertyName("items_on_page")]
    public int? ItemsOnPage { get; set; }

    [JsonPropertyName("cursors")]
    public CursorsDto? Cursors { get; set; }
}
