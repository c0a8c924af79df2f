using System.Globalization;
using System.Text.Json;

namespace Teammeter.Hris.Apideck;

/// <summary>
/// Reads <c>created_at</c> / <c>updated_at</c> straight from the UTF-8 bytes. The timestamps are informational only,
/// so anything unreadable becomes <see langword="null"/> instead of failing the page; a value without an offset is
/// taken as UTC. Parsing from the bytes skips a string per value and the culture-aware parser (measured: half of
/// the mapping time per page, see docs/performance.md §2).
/// </summary>
internal static class ApideckTimestamps
{
    /// <summary>Reads the value the reader stands on (any token; a container is skipped).</summary>
    public static DateTimeOffset? Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            // A number or an object where a timestamp belongs: ignored like any other unreadable timestamp.
            reader.Skip();
            return null;
        }

        if (!reader.ValueIsEscaped && !reader.HasValueSequence && reader.TryGetDateTimeOffset(out var parsed))
        {
            // The reader gives an offset-less value the machine's local offset; Apideck means UTC.
            return HasOffset(reader.ValueSpan) ? parsed : new DateTimeOffset(parsed.DateTime, TimeSpan.Zero);
        }

        return DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var lenient)
            ? lenient
            : null;
    }

    /// <summary>ISO 8601: an offset is a <c>Z</c> or a sign after the <c>T</c> that starts the time.</summary>
    internal static bool HasOffset(ReadOnlySpan<byte> iso)
    {
        var time = iso.IndexOf((byte)'T');
        return time >= 0 && iso[time..].IndexOfAny("Zz+-"u8) >= 0;
    }
}
