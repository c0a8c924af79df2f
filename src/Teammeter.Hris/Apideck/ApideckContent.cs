using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Teammeter.Hris.Apideck;

/// <summary>Reading Apideck response bodies: content-type checks and decoding from the bytes.</summary>
internal static class ApideckContent
{
    /// <summary><c>application/json</c> or any <c>+json</c> media type.</summary>
    public static bool IsJson(string? mediaType) =>
        mediaType is not null
        && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>Decodes a successful response with the source-generated serializer; see <see cref="ReadAsync{T}"/>.</summary>
    public static Task<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, string operation, CancellationToken cancellationToken)
        where T : class =>
        ReadAsync(response, body => JsonSerializer.Deserialize(body, typeInfo), operation, cancellationToken);

    /// <summary>
    /// Decodes a successful response from its buffered body (or, without the buffering handler, from its body read
    /// whole); anything unusable becomes an <see cref="HrisSourceException"/>. <paramref name="decode"/> returns
    /// <see langword="null"/> for a JSON <c>null</c> and throws <see cref="JsonException"/> for a body of the wrong shape.
    /// </summary>
    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, ApideckBodyDecoder<T> decode, string operation, CancellationToken cancellationToken)
        where T : class
    {
        var status = (int)response.StatusCode;
        var requestId = ApideckErrors.RequestIdOf(response);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (!IsJson(mediaType))
        {
            throw new HrisSourceException(
                $"Apideck answered {operation} with content type '{mediaType ?? "none"}' instead of JSON; a proxy or login page may be in the way.",
                status, null, requestId);
        }

        try
        {
            // The whole body is in memory (ApideckBufferingHandler), so it is decoded synchronously from the bytes:
            // no async reader buffer and state machine.
            var value = response.Content is ApideckBufferedContent buffered
                ? decode(buffered.Body)
                : decode(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
            return value ?? throw new HrisSourceException($"Apideck answered {operation} with a JSON null.", status, null, requestId);
        }
        catch (JsonException ex)
        {
            throw new HrisSourceException(
                $"Apideck's answer to {operation} is not valid JSON of the expected shape (near '{ex.Path ?? "$"}'), or it was cut off.",
                status, null, requestId, ex);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            throw new HrisSourceException($"The connection broke while reading Apideck's answer to {operation}.", status, null, requestId, ex);
        }
    }
}
