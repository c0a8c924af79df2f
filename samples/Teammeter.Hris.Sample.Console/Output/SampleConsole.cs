using System.Text;
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
    public void WriteJson(Action<Utf8JsonWriter> write)
    {
        Progress.Clear();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            write(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Flush();
    }
}
