using System.Text;
using Teammeter.Hris.Sample.Output;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>The stream the sample's JSON output is written through: UTF-8 in, the same text out, however it is split.</summary>
public sealed class TextWriterStreamTests
{
    // 1-, 2-, 3- and 4-byte characters (a, é, €, 😀), some of them twice, so every kind of split occurs.
    private const string Text = "aé€😀b Zoë ü中 😀 Ø\"";

    [Fact]
    public void Write_SplitAtEveryByteOffset_WritesTheText()
    {
        var bytes = Encoding.UTF8.GetBytes(Text);
        for (var split = 0; split <= bytes.Length; split++)
        {
            using var output = new StringWriter();
            using (var stream = new TextWriterStream(output))
            {
                stream.Write(bytes, 0, split);
                stream.Write(bytes.AsSpan(split));
            }

            output.ToString().Should().Be(Text, $"the bytes were split at {split}");
        }
    }

    [Fact]
    public void WriteByte_OneByteAtATime_WritesTheText()
    {
        using var output = new StringWriter();
        using (var stream = new TextWriterStream(output))
        {
            foreach (var b in Encoding.UTF8.GetBytes(Text))
            {
                stream.WriteByte(b);
            }
        }

        output.ToString().Should().Be(Text);
    }

    [Fact]
    public void Write_MoreThanItsCharacterBuffer_WritesTheText()
    {
        var text = string.Concat(Enumerable.Repeat(Text, 10_000));
        using var output = new StringWriter();
        using (var stream = new TextWriterStream(output))
        {
            stream.Write(Encoding.UTF8.GetBytes(text));
        }

        output.ToString().Should().Be(text);
    }

    [Fact]
    public void Dispose_CharacterUnfinishedAtTheEnd_WritesWhatGetStringMakesOfIt()
    {
        var bytes = Encoding.UTF8.GetBytes(Text + "😀")[..^2];
        using var output = new StringWriter();
        using (var stream = new TextWriterStream(output))
        {
            stream.Write(bytes);
        }

        output.ToString().Should().Be(Encoding.UTF8.GetString(bytes)).And.EndWith("\uFFFD");
    }
}
