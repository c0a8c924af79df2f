using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Teammeter.Hris.Apideck;
using Teammeter.Hris.Apideck.Dtos;

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
        var counts = new[] { DecodeAndMapAsync().GetAwaiter().GetResult().Count, DecodeAndMapFromBytes().Count, ParseDocumentAndMap().Count, ParseDocument() };
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
    /// The library's path, as <c>ApideckClient</c> runs it: a JSON response read as a stream by
    /// <see cref="ApideckContent.ReadJsonAsync"/> with the source-generated context, then mapped record by record.
    /// </summary>
    [Benchmark]
    public async Task<List<HrisEmployee>> DecodeAndMapAsync()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(_page) };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var page = await ApideckContent.ReadJsonAsync(response, ApideckJsonContext.Default.ListPageDtoEmployeeDto, "the benchmark", CancellationToken.None);
        return Map(page.Data!);
    }

    /// <summary>The same decoder and mapper over the bytes in memory: what the stream costs on top.</summary>
    [Benchmark]
    public List<HrisEmployee> DecodeAndMapFromBytes() =>
        Map(JsonSerializer.Deserialize(_page, ApideckJsonContext.Default.ListPageDtoEmployeeDto)!.Data!);

    /// <summary>The alternative design: a DOM, with the same fields read off it and the same mapper.</summary>
    [Benchmark]
    public List<HrisEmployee> ParseDocumentAndMap()
    {
        using var document = JsonDocument.Parse(_page);
        return Map(DomEmployeeReader.Read(document.RootElement));
    }

    private static List<HrisEmployee> Map(List<EmployeeDto> dtos)
    {
        var employees = new List<HrisEmployee>(dtos.Count);
        foreach (var dto in dtos)
        {
            if (dto.Deleted != true)
            {
                employees.Add(ApideckEmployeeMapper.Map(dto, pageNumber: 1));
            }
        }

        return employees;
    }
}
