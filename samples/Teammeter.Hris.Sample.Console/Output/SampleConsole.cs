using System.Text.Json;

namespace Teammeter.Hris.Sample.Output;

/// <summary>
/// Where a command writes. With <c>--json</c>, stdout carries exactly one JSON document and the narration is
/// dropped; errors always go to stderr, and so do the logs and, on a terminal, the progress line.
/// </summary>
internal sealed class SampleConsole(TextWriter output, TextWriter error, bool json, bool verbose = false, bool errorIsTerminal = false)
{
    public TextWriter Out => output;

    public TextWriter Error => error;

    public bool Json => json;

    /// <summary><c>--verbose</c>: every log on stderr, not just one line per retry.</summary>
    public bool Verbose => verbose;

    /// <summary>The status line of long commands; it writes nothing unless stderr is a terminal.</summary>
    public ProgressWriter Progress { get; } = new(error, errorIsTerminal);

    /// <summary>Narration for a person: written only without <c>--json</c>.</summary>
    public void Say(string line)
    {
        Progress.Clear();
        if (!json)
        {
            output.WriteLine(line);
        }
    }

    /// <summary>Writes one indented JSON document and a newline to stdout.</summary>
    /// <remarks>
    /// The document streams out as it is written (whenever the writer is flushed, see
    /// <see cref="ReportJson.WriteOperations"/>): a plan of 250,000 operations is too large to build whole first.
    /// </remarks>
    public void WriteJson(Action<Utf8JsonWriter> write)
    {
        Progress.Clear();
        using (var text = new TextWriterStream(output))
        {
            var json = new Utf8JsonWriter(text, new JsonWriterOptions { Indented = true });
            write(json);

            // Disposed only once the document is complete: disposing flushes, and a command that fails while writing
            // should leave on stdout no more than what was already flushed (nothing, for a small document).
            json.Dispose();
        }

        output.WriteLine();
        output.Flush();
    }
}
