using System.Text.Json.Serialization;

namespace Teammeter.Hris.Apideck.Dtos;

/// <summary>Apideck's error body: <c>{status_code, error, type_name, message, detail, ref}</c>.</summary>
/// <remarks><c>detail</c> is not read: it may echo downstream data, which must not reach exception messages.</remarks>
internal sealed class ErrorDto
{
    [JsonPropertyName("status_code")]
    public double? StatusCode { get; set; }

    [JsonPropertyName("error")]
    public string? Error { get; set; }

    [JsonPropertyName("type_name")]
    public string? TypeName { get; set; }

    [JsonPropertyName("message")]
    public string? Message { get; set; }

    [JsonPropertyName("ref")]
    public string? Ref { get; set; }
}
