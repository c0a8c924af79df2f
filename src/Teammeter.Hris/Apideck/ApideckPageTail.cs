using System.Buffers;
using System.Text.Json;

namespace Teammeter.Hris.Apideck;

/// <summary>
/// Reads a list page's <c>meta</c> from the end of its body: the next cursor and <c>items_on_page</c>, without
/// tokenising the records before it. Apideck writes <c>meta</c> (and <c>links</c>) after <c>data</c>, so the last
/// <c>"meta":</c> key is found by a byte search and only what follows it is read.
/// </summary>
/// <remarks>
/// <para>
/// Tokenising a 200-employee page only to find these two values cost about half of decoding it (docs/performance.md
/// §5), on every page, before the next request could go out. This reads a few hundred bytes instead.
/// </para>
/// <para>
/// It accepts only what it can prove is the top-level <c>meta</c>: the body is one object, and what follows
/// <c>meta</c>'s value closes exactly that object (any later properties, then <c>}</c>, then nothing). A key named
/// <c>meta</c> inside a record, or a page without <c>items_on_page</c>, fails here and the caller scans every token
/// instead. An unescaped <c>"meta"</c> followed by a colon can only be a key: inside a JSON string a quote is
/// escaped. The records themselves are not looked at: a page whose <c>data</c> is broken but whose <c>meta</c> reads
/// well lets the next request start, and that request is cancelled when the decoder refuses the page.
/// </para>
/// <para>
/// The count is the server's own: the HRIS spec's <c>Meta.items_on_page</c> is "the number of items returned in the
/// data property of the response". The decoder still counts <c>data</c> and refuses a page larger than requested.
/// </para>
/// </remarks>
internal static class ApideckPageTail
{
    /// <summary>Reads the count and cursor of a list page from its <c>meta</c>; <see langword="false"/> when it cannot prove them.</summary>
    /// <param name="body">The whole body.</param>
    /// <param name="count">The page's <c>meta.items_on_page</c>.</param>
    /// <param name="next">The next cursor, or <see langword="null"/> when the page has none.</param>
    public static bool TryRead(ReadOnlySpan<byte> body, out int count, out string? next)
    {
        count = 0;
        next = null;
        var trimmed = body.Trim(" \t\r\n"u8);
        if (trimmed.Length < 2 || trimmed[0] != (byte)'{' || trimmed[^1] != (byte)'}')
        {
            return false;
        }

        var value = LastMetaValue(trimmed);
        if (value < 0)
        {
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(trimmed[value..], isFinalBlock: true, state: default);
            reader.Read();
            var cursor = ApideckPageScan.ReadMeta(ref reader, out var items);
            if (items is not { } itemsOnPage || itemsOnPage < 0 || !ClosesTheObject(trimmed[(value + (int)reader.BytesConsumed)..]))
            {
                return false;
            }

            (count, next) = (itemsOnPage, cursor);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            // GetString on a value that is not a string.
            return false;
        }
    }

    /// <summary>Where the value of the last <c>"meta":</c> key starts, if it is an object; otherwise -1.</summary>
    private static int LastMetaValue(ReadOnlySpan<byte> json)
    {
        var end = json.Length;
        while (json[..end].LastIndexOf("\"meta\""u8) is var key and >= 0)
        {
            var after = key + 6;
            var rest = json[after..].TrimStart(" \t\r\n"u8);
            if (rest.Length > 0 && rest[0] == (byte)':' && !IsEscaped(json, key))
            {
                var valueRest = rest[1..].TrimStart(" \t\r\n"u8);
                return valueRest.Length > 0 && valueRest[0] == (byte)'{' ? json.Length - valueRest.Length : -1;
            }

            // "meta" as a value, or the end of a longer key ("say \"meta"): look further back.
            end = key;
        }

        return -1;
    }

    /// <summary>Whether the quote at <paramref name="quote"/> is escaped: an odd run of backslashes before it.</summary>
    private static bool IsEscaped(ReadOnlySpan<byte> json, int quote)
    {
        var backslashes = 0;
        while (quote - backslashes > 0 && json[quote - backslashes - 1] == (byte)'\\')
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    /// <summary>Whether <paramref name="rest"/> (what follows meta's value) is zero or more properties, then the closing brace.</summary>
    private static bool ClosesTheObject(ReadOnlySpan<byte> rest)
    {
        rest = rest.TrimStart(" \t\r\n"u8);
        if (rest.Length == 0)
        {
            return false;
        }

        if (rest[0] == (byte)'}')
        {
            return rest.Length == 1;
        }

        if (rest[0] != (byte)',')
        {
            return false;
        }

        // The properties after meta (usually "links"), read as an object of their own: "{" in place of the comma.
        var copy = ArrayPool<byte>.Shared.Rent(rest.Length);
        try
        {
            copy[0] = (byte)'{';
            rest[1..].CopyTo(copy.AsSpan(1));
            var reader = new Utf8JsonReader(copy.AsSpan(0, rest.Length), isFinalBlock: true, state: default);
            reader.Read();
            if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
            {
                // "," then "}": a trailing comma.
                return false;
            }

            do
            {
                reader.Read();
                reader.Skip();
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName);

            return reader.TokenType == JsonTokenType.EndObject && !reader.Read();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(copy);
        }
    }
}
