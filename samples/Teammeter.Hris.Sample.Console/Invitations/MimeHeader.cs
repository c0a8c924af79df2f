using System.Text;

namespace Teammeter.Hris.Sample;

/// <summary>RFC 5322 header values: plain ASCII as a quoted string, anything else as RFC 2047 encoded-words.</summary>
internal static class MimeHeader
{
    // An encoded-word may be at most 75 characters: "=?utf-8?B?" + base64 + "?=" leaves room for 45 input bytes.
    private const int MaxBytesPerWord = 45;

    public static string Mailbox(string? displayName, string address)
    {
        var cleanAddress = StripLineBreaks(address).Trim();
        return string.IsNullOrWhiteSpace(displayName)
            ? $"<{cleanAddress}>"
            : $"{Phrase(StripLineBreaks(displayName).Trim())} <{cleanAddress}>";
    }

    public static string Text(string value)
    {
        var clean = StripLineBreaks(value);
        return clean.All(c => c is >= ' ' and <= '~') ? clean : EncodedWords(clean);
    }

    private static string Phrase(string name) =>
        name.All(c => c is >= ' ' and <= '~')
            ? "\"" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
            : EncodedWords(name);

    private static string EncodedWords(string text)
    {
        var words = new List<string>();
        var chunk = new StringBuilder();
        var chunkBytes = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            // Never split a character across two encoded-words (RFC 2047 §5).
            if (chunkBytes + rune.Utf8SequenceLength > MaxBytesPerWord)
            {
                words.Add(Encode(chunk.ToString()));
                chunk.Clear();
                chunkBytes = 0;
            }

            chunk.Append(rune.ToString());
            chunkBytes += rune.Utf8SequenceLength;
        }

        words.Add(Encode(chunk.ToString()));
        return string.Join("\r\n ", words);
    }

    private static string Encode(string text) => "=?utf-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) + "?=";

    private static string StripLineBreaks(string value) => value.Replace("\r", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
