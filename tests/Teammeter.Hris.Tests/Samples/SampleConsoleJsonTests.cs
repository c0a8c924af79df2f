using System.Text;
using System.Text.Json;
using Teammeter.Hris.Sample.Output;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>
/// <c>--json</c> streams its document to stdout as it is written; what arrives must be what building the whole
/// document first wrote (kept here as the oracle).
/// </summary>
public sealed class SampleConsoleJsonTests
{
    private const string NonAscii = "Zoë 😀 Ø";

    [Fact]
    public void WriteJson_SeveralMegabytesWithNonAsciiText_WritesWhatTheWholeDocumentWrote()
    {
        var operations = Enumerable.Range(0, 20_000)
            .Select(i => (SyncOperation)new SetManager($"{NonAscii} {i}", $"m{i}", i % 3 == 0 ? null : "<\"old\">", $"Reason {NonAscii}"))
            .ToList();

        void Write(Utf8JsonWriter json)
        {
            json.WriteStartObject();

            // The writer escapes non-ASCII text; flushed every 64 KiB.
            ReportJson.WriteOperations(json, "operations", operations, o => $"{NonAscii} why");

            // Raw values stay UTF-8, so 2- and 4-byte characters land on every offset of flushes at an odd size.
            json.WriteStartArray("names");
            for (var i = 0; i < 60_000; i++)
            {
                json.WriteRawValue($"\"{new string('x', i % 7)}{NonAscii}\"");
                if (json.BytesPending > 4_099)
                {
                    json.Flush();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        using var output = new StringWriter();
        using var error = new StringWriter();

        new SampleConsole(output, error, json: true).WriteJson(Write);

        var expected = WholeDocument(Write);
        expected.Length.Should().BeGreaterThan(4_000_000, "the document is several MB");
        expected.Should().Contain(NonAscii);
        output.ToString().Should().Be(expected);
        error.ToString().Should().BeEmpty();
    }

    [Fact]
    public void WriteJson_SmallDocument_WritesWhatTheWholeDocumentWrote()
    {
        static void Write(Utf8JsonWriter json)
        {
            json.WriteStartObject();
            json.WriteString("name", NonAscii);
            json.WritePropertyName("raw");
            json.WriteRawValue($"\"{NonAscii}\"");
            json.WriteEndObject();
        }

        using var output = new StringWriter();

        new SampleConsole(output, TextWriter.Null, json: true).WriteJson(Write);

        output.ToString().Should().Be(WholeDocument(Write));
    }

    [Fact]
    public void WriteJson_ManyOperations_ReachesTheOutputBeforeTheDocumentIsComplete()
    {
        var operations = Enumerable.Range(0, 2_000).Select(i => (SyncOperation)new DeactivateUser($"e{i}", "LeftCompany")).ToList();
        using var output = new StringWriter();
        var writtenBeforeTheEnd = 0;

        new SampleConsole(output, TextWriter.Null, json: true).WriteJson(json =>
        {
            json.WriteStartObject();
            ReportJson.WriteOperations(json, "operations", operations);
            writtenBeforeTheEnd = output.GetStringBuilder().Length;
            json.WriteEndObject();
        });

        using var document = JsonDocument.Parse(output.ToString());
        writtenBeforeTheEnd.Should().BeGreaterThan(64 * 1024, "the operations are flushed every 64 KiB");
        document.RootElement.GetProperty("operations").GetArrayLength().Should().Be(2_000);
    }

    // SampleConsole.WriteJson before it streamed: the whole document in memory, then one string.
    private static string WholeDocument(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            write(writer);
        }

        using var output = new StringWriter();
        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        return output.ToString();
    }
}
