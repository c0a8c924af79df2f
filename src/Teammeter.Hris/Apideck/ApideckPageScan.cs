using System.Text.Json;

namespace Teammeter.Hris.Apideck;

/// <summary>
/// Reads the two things the paging loop needs before a page is decoded: how many records <c>data</c> holds and
/// <c>meta.cursors.next</c>. A token scan (no values but the cursor are read), so the next page can be requested
/// while this one is decoded.
/// </summary>
internal static class ApideckPageScan
{
    /// <summary>
    /// Scans a list page. <see langword="false"/> for anything not shaped like one (invalid JSON, no <c>data</c>
    /// array): the caller then decodes first and reports the problem as it always did.
    /// </summary>
    /// <param name="body">The whole body.</param>
    /// <param name="count">The number of entries in <c>data</c>.</param>
    /// <param name="next">The next cursor, or <see langword="null"/> when the page has none.</param>
    public static bool TryScan(ReadOnlySpan<byte> body, out int count, out string? next) =>
        ApideckPageTail.TryRead(body, out count, out next) || TryScanTokens(body, out count, out next);

    /// <summary>The scan of every token: for a page whose <c>meta</c> cannot be read from its end.</summary>
    private static bool TryScanTokens(ReadOnlySpan<byte> body, out int count, out string? next)
    {
        count = 0;
        next = null;
        var sawData = false;
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            // Later duplicates win, as they do for the serializer; the caller checks the decoded cursor anyway.
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isData = reader.ValueTextEquals("data"u8);
                var isMeta = !isData && reader.ValueTextEquals("meta"u8);
                reader.Read();
                if (isData)
                {
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        return false;
                    }

                    count = 0;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        count++;
                        reader.Skip();
                    }

                    sawData = true;
                }
                else if (isMeta && reader.TokenType == JsonTokenType.StartObject)
                {
                    next = ReadMeta(ref reader, out _);
                }
                else
                {
                    reader.Skip();
                }
            }

            // Reading past the object throws for trailing content, which the decoder would refuse too.
            return sawData && reader.TokenType == JsonTokenType.EndObject && !reader.Read();
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

    /// <summary>
    /// Reads <c>meta.cursors.next</c> and <c>meta.items_on_page</c> (when a whole number). Positioned on meta's
    /// StartObject; leaves the reader on its EndObject.
    /// </summary>
    internal static string? ReadMeta(ref Utf8JsonReader reader, out int? itemsOnPage)
    {
        string? next = null;
        itemsOnPage = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isCursors = reader.ValueTextEquals("cursors"u8);
            var isItems = !isCursors && reader.ValueTextEquals("items_on_page"u8);
            reader.Read();
            if (isItems)
            {
                itemsOnPage = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var items) ? items : null;
                reader.Skip();
                continue;
            }

            if (!isCursors || reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isNext = reader.ValueTextEquals("next"u8);
                reader.Read();
                if (isNext && reader.TokenType is JsonTokenType.String or JsonTokenType.Null)
                {
                    next = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        return next;
    }
}
