using System.Text;
using System.Text.Json;
using CsCheck;
using Teammeter.Hris.Apideck;

namespace Teammeter.Hris.Tests.Apideck;

/// <summary>
/// Reading a page's meta from its end (docs/performance.md §5): it must either give what the full token scan gives
/// for the top-level meta, or refuse, so that the caller scans every token.
/// </summary>
public sealed class ApideckPageTailTests
{
    [Theory]
    [InlineData("""{"status_code":200,"data":[{"id":"1"},{"id":"2"}],"meta":{"items_on_page":2,"cursors":{"previous":null,"current":"a","next":"b=="}},"links":{"next":"https://x/?cursor=b"}}""", 2, "b==")]
    [InlineData("""{"data":[{"id":"1"}],"meta":{"items_on_page":1,"cursors":{"next":null}}}""", 1, null)]
    [InlineData("""{"data":[{"id":"1"}],"meta":{"cursors":{"next":7},"items_on_page":1}}""", 1, null)]
    [InlineData("""{"data":[{"type":"meta","note":"\"meta\": {\"items_on_page\": 9}"}],"meta":{"items_on_page":1,"cursors":{"next":"n"}}}""", 1, "n")]
    [InlineData("""{"meta":{"items_on_page":5,"cursors":{"next":"first"}},"data":[],"meta":{"items_on_page":0,"cursors":{"next":"last"}}}""", 0, "last")]
    [InlineData("""{"data":[],"meta":{"items_on_page":0,"cursors":{"next":"real"}},"say \"meta":{"items_on_page":0,"cursors":{"next":"other"}}}""", 0, "real")]
    [InlineData("""{"data":[],"x\\":1,"meta":{"items_on_page":0,"cursors":{"next":"after a backslash"}}}""", 0, "after a backslash")]
    [InlineData("  {\r\n  \"data\" : [ ],\n  \"meta\" :\t{ \"items_on_page\" : 0 , \"cursors\" : { \"next\" : \"w\" } }\n}\n ", 0, "w")]
    public void TryRead_MetaAfterTheRecords_ReadsItemsOnPageAndTheNextCursor(string json, int count, string? next)
    {
        var read = ApideckPageTail.TryRead(Encoding.UTF8.GetBytes(json), out var items, out var cursor);

        read.Should().BeTrue();
        items.Should().Be(count);
        cursor.Should().Be(next);
    }

    [Theory]
    [InlineData("""{"data":[{"id":"1"}],"meta":{"cursors":{"next":"c"}}}""")]
    [InlineData("""{"data":[{"id":"1"}],"meta":{"items_on_page":"1","cursors":{"next":"c"}}}""")]
    [InlineData("""{"data":[{"id":"1"}],"meta":{"items_on_page":-1,"cursors":{"next":"c"}}}""")]
    [InlineData("""{"data":[{"id":"1"}],"meta":{"items_on_page":1.5,"cursors":{"next":"c"}}}""")]
    [InlineData("""{"meta":{"items_on_page":1,"cursors":{"next":"outer"}},"data":[{"meta":{"items_on_page":1,"cursors":{"next":"inner"}}}]}""")]
    [InlineData("""{"data":[],"links":{"meta":{"items_on_page":0,"cursors":{"next":"c"}}}}""")]
    [InlineData("""{"data":[],"meta":{"items_on_page":0,"cursors":{"next":"c"}},"links":{},"x":[1,{"meta":{}}]}""")]
    [InlineData("""{"data":[],"meta":{"items_on_page":0,"cursors":{"next":"c"}},}""")]
    [InlineData("""{"data":[],"meta":{"items_on_page":0,"cursors":{"next":"c"}}}}""")]
    [InlineData("""{"data":[],"meta":{"items_on_page":0,"cursors":{"next":"c"}}} {}""")]
    [InlineData("""{"data":[],"meta":{"items_on_page":0,"cursors":{"next":"c"}},"links":{"a":}}""")]
    [InlineData("""{"data":[],"meta":"none"}""")]
    [InlineData("""[{"meta":{"items_on_page":0}}]""")]
    [InlineData("""{"data":[],"meta" {"items_on_page":0}}""")]
    [InlineData("")]
    [InlineData("{}")]
    public void TryRead_NotProvablyTheTopLevelMeta_IsFalse(string json)
    {
        ApideckPageTail.TryRead(Encoding.UTF8.GetBytes(json), out _, out _).Should().BeFalse();
    }

    [Fact]
    public void TryScan_MetaFirstAndAnotherInsideARecord_FallsBackToTheTokenScan()
    {
        var json = """{"meta":{"items_on_page":1,"cursors":{"next":"outer"}},"data":[{"meta":{"items_on_page":1,"cursors":{"next":"inner"}}}]}""";

        ApideckPageScan.TryScan(Encoding.UTF8.GetBytes(json), out var count, out var next).Should().BeTrue();

        (count, next).Should().Be((1, "outer"));
    }

    [Fact]
    public void TryRead_GeneratedPages_AgreesWithTheTokenScanOrRefuses()
    {
        // Records whose strings and keys look like meta, pages with meta before or after data, with or without
        // links and items_on_page, compact or indented: whatever the tail reads is what a full scan reads.
        var text = Gen.OneOfConst("meta", "\"meta\":{", "cursors", "next", "}", "]", "{\"items_on_page\":3}", "x", "😀", "\\");
        var record = Gen.Select(text.Array[0, 3], Gen.Bool, (strings, metaKey) => (strings, metaKey));
        Gen.Select(record.Array[0, 6], Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool, Gen.String[0, 8]).Sample(
            (records, metaFirst, links, items, indented, cursor) =>
            {
                var page = Page(records, metaFirst, links, items, indented, cursor);
                if (ApideckPageTail.TryRead(page, out var count, out var next))
                {
                    // Only the page's own meta: a record's (99 items, "inside") is refused wherever it stands.
                    items.Should().BeTrue();
                    count.Should().Be(records.Length);
                    next.Should().Be(cursor);
                }

                ApideckPageScan.TryScan(page, out var scanned, out var scannedNext).Should().BeTrue();
                scannedNext.Should().Be(cursor);
                scanned.Should().Be(records.Length);
            },
            iter: 2_000);
    }

    private static byte[] Page((string[] Strings, bool MetaKey)[] records, bool metaFirst, bool links, bool items, bool indented, string cursor)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            json.WriteStartObject();
            json.WriteNumber("status_code", 200);
            if (metaFirst)
            {
                WriteMeta(json, records.Length, items, cursor);
            }

            json.WriteStartArray("data");
            foreach (var (strings, metaKey) in records)
            {
                json.WriteStartObject();
                foreach (var value in strings)
                {
                    json.WriteString(value, value);
                }

                if (metaKey)
                {
                    // A record's own "meta" object, shaped like the page's, with a different cursor.
                    WriteMeta(json, 99, items: true, "inside");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (!metaFirst)
            {
                WriteMeta(json, records.Length, items, cursor);
            }

            if (links)
            {
                json.WriteStartObject("links");
                json.WriteString("next", "https://x/?cursor=" + cursor);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteMeta(Utf8JsonWriter json, int count, bool items, string cursor)
    {
        json.WriteStartObject("meta");
        if (items)
        {
            json.WriteNumber("items_on_page", count);
        }

        json.WriteStartObject("cursors");
        json.WriteString("next", cursor);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
