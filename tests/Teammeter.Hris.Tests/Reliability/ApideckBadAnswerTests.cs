using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Tests.Reliability.Helpers;

namespace Teammeter.Hris.Tests.Reliability;

/// <summary>
/// Answers that arrive whole but cannot be trusted: bodies that are not JSON, and paging that would loop, never end,
/// overflow or repeat. Over real loopback HTTP; none of these is retried (a retry would get the same answer).
/// </summary>
public sealed class ApideckBadAnswerTests
{
    public static TheoryData<string, string?, string, string> Bodies => new()
    {
        { "truncated JSON", "application/json", "{\"status_code\":200,\"data\":[{\"id\":\"1\",\"first_name\":\"A", "*is not valid JSON of the expected shape*or it was cut off*" },
        { "invalid JSON", "application/json", "{\"data\": [ } oops", "*is not valid JSON of the expected shape*" },
        { "wrong JSON types", "application/json", "{\"data\": {\"id\": 1}}", "*is not valid JSON of the expected shape (near '$.data')*" },
        { "HTML page with 200", "text/html; charset=utf-8", "<html><body>Please sign in</body></html>", "*with content type 'text/html' instead of JSON; a proxy or login page may be in the way." },
        { "JSON under a wrong content type", "text/plain", "{\"data\": []}", "*with content type 'text/plain' instead of JSON*" },
        { "no content type", null, "{\"data\": []}", "*with content type 'none' instead of JSON*" },
        { "JSON null", "application/json", "null", "*with a JSON null." },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task SyncAsync_UnusableBodyWith200_ThrowsNamingTheCauseWithoutRetry(string fault, string? contentType, string body, string message)
    {
        await using var host = await LoopbackSync.StartAsync();
        host.FailEmployees(ScriptedFault.Raw(200, contentType, body));

        var thrown = await host.SyncFailsWithoutWritingAsync<HrisSourceException>();

        thrown.Message.Should().Match(message, fault);
        thrown.StatusCode.Should().Be(200);
        thrown.RequestId.Should().StartWith("req-");
        host.EmployeeRequests.Should().Be(1);
    }

    [Fact]
    public async Task SyncAsync_NextCursorRepeats_ThrowsNamingTheLoop()
    {
        // The first page points at "offset 0" (new to the client); that page points at itself.
        await using var host = await LoopbackSync.StartAsync();
        host.FailEmployees(ScriptedFault.RepeatCursor(), times: 2);

        var thrown = await host.SyncFailsWithoutWritingAsync<HrisSourceException>();

        thrown.Message.Should().Be("Apideck returned a cursor on page 2 of GET /hris/employees that was already used; paging would loop forever.");
        host.EmployeeRequests.Should().Be(2);
    }

    [Fact]
    public async Task SyncAsync_EndlessEmptyPages_ThrowsAfterThreeInARow()
    {
        await using var host = await LoopbackSync.StartAsync();
        host.FailEmployees(ScriptedFault.EmptyPage(), times: 50);

        var thrown = await host.SyncFailsWithoutWritingAsync<HrisSourceException>();

        thrown.Message.Should().Be("Apideck returned 3 empty pages of GET /hris/employees in a row that still point to a next page; the cursor chain looks endless.");
        host.EmployeeRequests.Should().Be(3);
    }

    [Fact]
    public async Task SyncAsync_PageLargerThanLimit_ThrowsNamingTheCounts()
    {
        await using var host = await LoopbackSync.StartAsync();
        host.FailEmployees(ScriptedFault.OversizePage(5));

        var thrown = await host.SyncFailsWithoutWritingAsync<HrisSourceException>();

        thrown.Message.Should().Be("Page 1 of GET /hris/employees holds 25 records although 20 were requested; the data is not trustworthy.");
        host.EmployeeRequests.Should().Be(1);
    }

    [Fact]
    public async Task ReadSnapshotAsync_SameEmployeeOnTwoPages_KeepsItOnce()
    {
        // The second page starts one record early, as when a record is inserted while paging.
        await using var host = await LoopbackSync.StartAsync();
        host.FailEmployees(ScriptedFault.OverlapPreviousPage(), times: 2);

        await host.ReadsTheWholeOrganisationAsync();

        host.EmployeeRequests.Should().Be(4, "the overlap shifts the remaining records into one more page");
    }
}
