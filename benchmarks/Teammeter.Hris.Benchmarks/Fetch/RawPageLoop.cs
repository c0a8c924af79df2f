using System.Net.Http.Headers;
using System.Text.Json;
using Teammeter.Hris.Sample.Hosting;

namespace Teammeter.Hris.Benchmarks.Fetch;

/// <summary>
/// The floor of a fetch: GET every page over one reused <see cref="HttpClient"/>, read each body into one reused
/// buffer, and pick out only <c>meta.cursors.next</c> to follow it. No typed decoding, no mapping, no resilience.
/// </summary>
internal sealed class RawPageLoop : IDisposable
{
    private static readonly byte[] CursorsProperty = "\"cursors\":"u8.ToArray();

    private readonly HttpClient client;
    private readonly string tenant;
    private readonly string firstPage;
    private byte[] buffer = new byte[256 * 1024];

    public RawPageLoop(ApideckEndpoint endpoint, string tenant, string? fields)
    {
        client = new HttpClient { BaseAddress = endpoint.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", endpoint.ApiKey);
        client.DefaultRequestHeaders.TryAddWithoutValidation("x-apideck-app-id", endpoint.AppId);
        this.tenant = tenant;
        firstPage = fields is null ? "hris/employees?limit=200" : $"hris/employees?limit=200&fields={fields}";
    }

    /// <summary>Reads every page.</summary>
    /// <returns>The number of pages read.</returns>
    public async Task<int> ReadAllAsync(CancellationToken cancellationToken)
    {
        var pages = 0;
        string? cursor = null;
        do
        {
            var uri = cursor is null ? firstPage : $"{firstPage}&cursor={Uri.EscapeDataString(cursor)}";
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.TryAddWithoutValidation("x-apideck-consumer-id", tenant);
            request.Headers.TryAddWithoutValidation("x-apideck-service-id", "personio");
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            response.EnsureSuccessStatusCode();
            var length = await ReadBodyAsync(response, cancellationToken);
            cursor = NextCursor(buffer.AsSpan(0, length));
            pages++;
        }
        while (cursor is not null);

        return pages;
    }

    public void Dispose() => client.Dispose();

    private async Task<int> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                return length;
            }

            length += read;
        }
    }

    // meta follows data, so the cursor is found from the end without tokenising the 200 employees.
    private static string? NextCursor(ReadOnlySpan<byte> body)
    {
        var at = body.LastIndexOf(CursorsProperty);
        if (at < 0)
        {
            throw new InvalidOperationException("The page has no meta.cursors.");
        }

        var reader = new Utf8JsonReader(body[(at + CursorsProperty.Length)..], isFinalBlock: false, state: default);
        reader.Read(); // {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isNext = reader.ValueTextEquals("next"u8);
            reader.Read();
            if (isNext)
            {
                return reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
            }
        }

        throw new InvalidOperationException("The page has no meta.cursors.next.");
    }
}
