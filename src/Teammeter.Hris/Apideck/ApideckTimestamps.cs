using System.Globalization;
using System.Text.Json;

namespace Teammeter.Hris.Apideck;

/// <summary>
/// Dates and timestamps straight from the UTF-8 bytes: plain lifecycle dates (<see cref="TryParseIsoDate"/>), and
/// <c>created_at</c> / <c>updated_at</c> (<see cref="Read"/>). The timestamps are informational only,
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

    /// <summary>
    /// <c>yyyy-MM-dd</c> exactly, from the bytes. By hand because <see cref="DateOnly.TryParseExact(ReadOnlySpan{char}, ReadOnlySpan{char}, IFormatProvider?, System.Globalization.DateTimeStyles, out DateOnly)"/>
    /// was most of the decoding time of a record (measured, docs/performance.md §5); anything it refuses goes to the mapper's parser.
    /// </summary>
    internal static bool TryParseIsoDate(ReadOnlySpan<byte> value, out DateOnly date)
    {
        date = default;
        if (value.Length != 10 || value[4] != '-' || value[7] != '-'
            || !TryDigits(value[..4], out var year) || !TryDigits(value.Slice(5, 2), out var month) || !TryDigits(value.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }
}
