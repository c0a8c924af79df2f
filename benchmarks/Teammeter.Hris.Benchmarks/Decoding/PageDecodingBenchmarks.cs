using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Teammeter.Hris.Apideck;

namespace Teammeter.Hris.Benchmarks.Decoding;

/// <summary>
/// One spec-shaped 200-employee page of <c>GET /hris/employees</c> turned into <see cref="HrisEmployee"/>s, against
/// <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> of the same bytes (which only builds
/// an index of the tokens and yields no values).
/// </summary>
[MemoryDiagnoser]
public class PageDecodingBenchmarks
{
    private const int PageSize = 200;

    private byte[] _page = null!;

    /// <summary>Whether the page carries every <c>Employee</c> property or only the requested <c>fields</c>.</summary>
    [ParamsAllValues]
    public PageShape Shape { get; set; }

    /// <summary>Writes the page once and checks every decoder reads all of it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _page = EmployeePageWriter.Write(PageSize, Shape, seed: 7);
        var counts = new[] { DecodeAndMapAsync().GetAwaiter().GetResult().Count, DecodeAndMapFromBytes().Count, ParseDocumentAndMap().Count, ParseDocument(), ScanPage() };
        if (counts.Any(c => c != PageSize))
        {
            throw new InvalidOperationException($"A decoder read [{string.Join(", ", counts)}] employees instead of {PageSize}.");
        }

        Console.WriteLine($"// {Shape} page: {_page.Length:N0} bytes, {_page.Length / PageSize:N0} bytes per employee");
    }

    /// <summary>The baseline: tokenise the page into a pooled DOM, and dispose it.</summary>
    [Benchmark(Baseline = true)]
    public int ParseDocument()
    {
        using var document = JsonDocument.Parse(_page);
        return document.RootElement.GetProperty("data").GetArrayLength();
    }

    /// <summary>
    /// The library's path, as <c>ApideckClient</c> runs it: a JSON response's buffered body decoded and mapped in one
    /// pass by <see cref="ApideckEmployeeReader"/> through <see cref="ApideckContent.ReadAsync{T}"/> (content checks
    /// included).
    /// </summary>
    [Benchmark]
    public async Task<List<HrisEmployee>> DecodeAndMapAsync()
    {
        // The body as ApideckBufferingHandler leaves it: copied into an array from the pool, returned on disposal.
        var buffer = ArrayPool<byte>.Shared.Rent(_page.Length);
        _page.CopyTo(buffer, 0);
        using var original = new ByteArrayContent([]);
        original.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ApideckBufferedContent(buffer, _page.Length, original) };
        var page = await ApideckContent.ReadAsync(response, new ApideckEmployeeReader(1, null, new ApideckSharedValues()).Read, "the benchmark", CancellationToken.None);
        return [.. page.Items!];
    }

    /// <summary>The reader alone over the bytes in memory: what the response plumbing costs on top.</summary>
    [Benchmark]
    public List<HrisEmployee> DecodeAndMapFromBytes() =>
        [.. new ApideckEmployeeReader(1, null, new ApideckSharedValues()).Read(_page)!.Items!];

    /// <summary>
    /// The scan the paging loop runs on every page before decoding it (<see cref="ApideckPageScan"/>: the record count
    /// and the next cursor), so the next request can go out first: what the second tokenisation of a page costs.
    /// </summary>
    [Benchmark]
    public int ScanPage() => ApideckPageScan.TryScan(_page, out var count, out _) ? count : -1;

    /// <summary>The alternative design: a DOM, with the same fields read off it into the same record and mapper.</summary>
    [Benchmark]
    public List<HrisEmployee> ParseDocumentAndMap()
    {
        using var document = JsonDocument.Parse(_page);
        return DomEmployeeReader.Read(document.RootElement);
    }
}
