using System.Text;
using Teammeter.Hris.Apideck;

namespace Teammeter.Hris.Tests.Apideck;

/// <summary>The scan that lets the next page be requested while this one is decoded (docs/performance.md).</summary>
public sealed class ApideckPageScanTests
{
    [Theory]
    [InlineData("""{"status_code":200,"data":[{"id":"1","jobs":[{"title":"x"}]},{"id":"2","manager":null},null],"meta":{"items_on_page":3,"cursors":{"previous":null,"current":"a","next":"b=="}},"links":{"next":"https://x/?cursor=b"}}""", 3, "b==")]
    [InlineData("""{"meta":{"cursors":{"next":"c"}},"data":[]}""", 0, "c")]
    [InlineData("""{"data":[{"id":"1"}],"meta":{"cursors":{"next":null}}}""", 1, null)]
    [InlineData("""{"data":[{"id":"1"}],"meta":{"items_on_page":1}}""", 1, null)]
    [InlineData("""{"data":[{"id":"1"}]}""", 1, null)]
    [InlineData("""{"data":[{"id":"1"}],"meta":{"cursors":{"next":7}}}""", 1, null)]
    [InlineData("""{"data":[{"cursors":{"next":"inside"}}],"meta":{"cursors":{"next":"outside"}}}""", 1, "outside")]
    public void TryScan_ListPage_CountsRecordsAndReadsTheNextCursor(string json, int count, string? next)
    {
        var scanned = ApideckPageScan.TryScan(Encoding.UTF8.GetBytes(json), out var records, out var cursor);

        scanned.Should().BeTrue();
        records.Should().Be(count);
        cursor.Should().Be(next);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("""{"status_code":200,"data":[{"id":"1","first_name":"A""")]
    [InlineData("""{"data": [ } oops""")]
    [InlineData("""{"data": {"id": 1}}""")]
    [InlineData("""{"meta":{"cursors":{"next":"c"}}}""")]
    [InlineData("""{"data":[],"meta":{"cursors":{"next":"c"}}} trailing""")]
    public void TryScan_NotAListPage_IsFalse(string json)
    {
        ApideckPageScan.TryScan(Encoding.UTF8.GetBytes(json), out _, out _).Should().BeFalse();
    }
}
