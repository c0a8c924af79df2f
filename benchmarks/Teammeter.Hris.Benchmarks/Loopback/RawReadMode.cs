using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Teammeter.Hris.Apideck;

namespace Teammeter.Hris.Benchmarks.Loopback;

/// <summary>
/// <c>raw-read --url U --tenant T [--app-id A] [--api-key K]</c>: the floor of the end-to-end read. A plain
/// <see cref="HttpClient"/> GETs every page of <c>/hris/employees</c> with the package's <c>limit</c> and
/// <c>fields</c>, buffers each body and parses it whole with <see cref="JsonDocument"/> (counting the records),
/// following <c>meta.cursors.next</c>. No resilience, no typed decoding, no mapping, no plan.
/// </summary>
internal static class RawReadMode
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var started = Stopwatch.GetTimestamp();
        var options = ModeOptions.Parse(args, new Dictionary<string, string> { ["--app-id"] = "demo-app", ["--api-key"] = "demo-api-key", ["--tenant"] = "e2e" }, "--url");
        if (options is null)
        {
            return 2;
        }

        if (!options.TryGetValue("--url", out var url))
        {
            await Console.Error.WriteLineAsync("raw-read needs --url.");
            return 2;
        }

        using var client = new HttpClient { BaseAddress = new Uri(url) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options["--api-key"]);
        client.DefaultRequestHeaders.TryAddWithoutValidation("x-apideck-app-id", options["--app-id"]);
        var firstPage = $"hris/employees?limit=200&fields={ApideckEmployeeFields.QueryValue}";
        string? cursor = null;
        var pages = 0;
        var records = 0;
        do
        {
            var uri = cursor is null ? firstPage : $"{firstPage}&cursor={Uri.EscapeDataString(cursor)}";
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.TryAddWithoutValidation("x-apideck-consumer-id", options["--tenant"]);
            request.Headers.TryAddWithoutValidation("x-apideck-service-id", "personio");
            using var response = await client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadAsByteArrayAsync();
            using var page = JsonDocument.Parse(body);
            records += page.RootElement.GetProperty("data").GetArrayLength();
            var next = page.RootElement.GetProperty("meta").GetProperty("cursors").GetProperty("next");
            cursor = next.ValueKind == JsonValueKind.Null ? null : next.GetString();
            pages++;
        }
        while (cursor is not null);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"raw-read: {pages} pages, {records} records in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms (after process start)"));
        return 0;
    }
}
