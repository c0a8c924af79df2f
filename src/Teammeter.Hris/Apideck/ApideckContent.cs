using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Teammeter.Hris.Apideck;

/// <summary>Reading Apideck response bodies: content-type checks and streamed, source-generated JSON decoding.</summary>
internal static class ApideckContent
{
    /// <summary><c>application/json</c> or any <c>+json</c> media type.</summary>
    public static bool IsJson(string? mediaType) =>
        mediaType is not null
        && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>Decodes a successful response from its buffered body (or its stream, without the buffering handler); anything unusable becomes an <see cref="HrisSourceException"/>.</summary>
    public static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, string operation, CancellationToken cancellationToken)
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
            if (response.Content is ApideckBufferedContent buffered)
            {
                // The whole body is already in memory (ApideckBufferingHandler): decoding the bytes synchronously
                // skips the async reader's own buffer and state machine.
                return JsonSerializer.Deserialize(buffered.Body, typeInfo)
                    ?? throw new HrisSourceException($"Apideck answered {operation} with a JSON null.", status, null, requestId);
            }

            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var value = await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false);
                return value ?? throw new HrisSourceException($"Apideck answered {operation} with a JSON null.", status, null, requestId);
            }
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
