using System.Net;
using RichardSzalay.MockHttp;
using Teammeter.Hris.Tests.Apideck.Helpers;
using static Teammeter.Hris.Tests.Apideck.Helpers.ApideckFixtures;

namespace Teammeter.Hris.Tests.Apideck;

public sealed class ApideckClientTests : IDisposable
{
    private readonly ApideckTestHost _host = new(o => o.PageSize = 2);
    private readonly ResponseQueue _queue = new();

    public ApideckClientTests() => _host.Mock.When("*").Respond(_queue.RespondAsync);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ReadSnapshotAsync_AnyRequest_SendsBearerAppConsumerAndServiceHeaders()
    {
        _queue.Then(() => Json(Page(null, Employee("1"))));

        await _host.Source.ReadSnapshotAsync("tenant-42");

        var headers = _queue.Requests.Single().Headers;
        headers["Authorization"].Should().Be($"Bearer {ApideckTestHost.ApiKey}");
        headers["x-apideck-app-id"].Should().Be(ApideckTestHost.AppId);
        headers["x-apideck-consumer-id"].Should().Be("tenant-42");
        headers["x-apideck-service-id"].Should().Be("personio");
    }

    [Fact]
    public async Task ReadSnapshotAsync_ConsumerIdResolverSet_SendsResolvedConsumerId()
    {
        using var host = new ApideckTestHost(o => o.ConsumerIdResolver = tenant => "consumer-of-" + tenant);
        var queue = new ResponseQueue().Then(() => Json(Page(null, Employee("1"))));
        host.Mock.When("*").Respond(queue.RespondAsync);

        await host.Source.ReadSnapshotAsync("t1");

        queue.Requests.Single().Headers["x-apideck-consumer-id"].Should().Be("consumer-of-t1");
    }

    [Fact]
    public async Task ReadSnapshotAsync_TwoTenantsConcurrently_EachRequestCarriesItsOwnConsumerId()
    {
        using var host = new ApideckTestHost();
        host.Mock.When("*").Respond(request =>
        {
            var consumer = request.Headers.GetValues("x-apideck-consumer-id").Single();
            return Json(Page(null, Employee("of-" + consumer), Employee("x-" + consumer)));
        });

        var results = await Task.WhenAll(
            Enumerable.Range(0, 20).Select(i => host.Source.ReadSnapshotAsync($"t{i}")));

        for (var i = 0; i < results.Length; i++)
        {
            results[i].Employees[0].EmployeeId.Should().Be($"of-t{i}");
        }
    }

    [Fact]
    public async Task ReadSnapshotAsync_ThreePages_FollowsCursorsWithLimitAndFields()
    {
        _queue.Then(() => Json(Page("c2", Employee("1"), Employee("2"))))
            .Then(() => Json(Page("c3+/=", Employee("3"), Employee("4"))))
            .Then(() => Json(Page(null, Employee("5"))));

        var snapshot = await _host.Source.ReadSnapshotAsync("t1");

        snapshot.Employees.Select(e => e.EmployeeId).Should().Equal("1", "2", "3", "4", "5");
        _queue.Requests.Should().HaveCount(3);
        _queue.Requests.Should().OnlyContain(r => r.Uri.AbsolutePath == "/hris/employees" && r.Method == HttpMethod.Get);
        _queue.Requests.Should().OnlyContain(r => r.Query("limit") == "2");
        _queue.Requests.Select(r => r.Query("cursor")).Should().Equal(null, "c2", "c3+/=");
        _queue.Requests[0].Query("fields").Should().Be(
            "id,first_name,last_name,emails,employment_status,employment_start_date,employment_end_date,title,jobs.title,jobs.is_primary,team,department_id,department_name,manager.id,employee_number,created_at,updated_at,deleted");
        _queue.Requests[0].QueryNames.Should().BeEquivalentTo("limit", "fields");
    }

    [Fact]
    public async Task GetEmployeePagesAsync_ConsumerStopsAfterTheFirstPage_DiscardsTheReadAheadQuietly()
    {
        _queue.Then(() => Json(Page("c2", Employee("1"), Employee("2"))))
            .Then(() => Json(Page("c3", Employee("3"), Employee("4"))))
            .Then(() => Json(Page(null, Employee("5"))));

        var pages = 0;
        await foreach (var page in _host.Client.GetEmployeePagesAsync("t1", CancellationToken.None))
        {
            pages++;
            break;
        }

        pages.Should().Be(1);
        _queue.Requests.Count.Should().BeLessThanOrEqualTo(2, "at most the one page read ahead, never the third");
    }

    [Fact]
    public async Task ReadSnapshotAsync_RecordWithoutIdWhileTheNextPageIsRead_ThrowsThatPagesError()
    {
        _queue.Then(() => Json(Page("c2", Employee("1"), new System.Text.Json.Nodes.JsonObject { ["first_name"] = "No id" })))
            .Then(() => Json(Page(null, Employee("3"))));

        var act = () => _host.Source.ReadSnapshotAsync("t1");

        (await act.Should().ThrowAsync<HrisSourceException>()).WithMessage("An employee record on page 1 has no id*");
    }

    [Fact]
    public async Task ReadSnapshotAsync_ThePageReadAheadFails_ThrowsItsErrorAfterTheEarlierPage()
    {
        _queue.Then(() => Json(Page("c2", Employee("1"), Employee("2"))))
            .Then(() => Json(Error(401, "UnauthorizedError"), HttpStatusCode.Unauthorized));

        var act = () => _host.Source.ReadSnapshotAsync("t1");

        (await act.Should().ThrowAsync<HrisConnectionException>()).WithMessage("Apideck rejected the credentials*");
        _queue.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task ReadSnapshotAsync_CursorRepeats_ThrowsNamingTheLoop()
    {
        _queue.Then(() => Json(Page("a", Employee("1"))))
            .Then(() => Json(Page("b", Employee("2"))))
            .Then(() => Json(Page("a", Employee("3"))));

        var act = () => _host.Source.ReadSnapshotAsync("t1");

        (await act.Should().ThrowAsync<HrisSourceException>()).WithMessage("*cursor*already used*loop*");
        _queue.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task ReadSnapshotAsync_EmptyPagesKeepPointingOn_ThrowsEndlessChain()
    {
        for (var i = 0; i < 10; i++)
        {
            var next = "c" + i;
            _queue.Then(() => Json(Page(next)));
        }

        var act = () => _host.Source.ReadSnapshotAsync("t1");

        (await act.Should().ThrowAsync<HrisSourceException>()).WithMessage("*empty pages*endless*");
        _queue.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task ReadSnapshotAsync_PageLargerThanLimit_ThrowsInvalidData()
    {
        _queue.Then(() => Json(Page(null, Employee("1"), Employee("2"), Employee("3"))));

        var act = () => _host.Source.ReadSnapshotAsync("t1");

        (await act.Should().ThrowAsync<HrisSourceException>()).WithMessage("*3 records although 2 were requested*");
    }

    [Fact]
    public async Task ReadSnapshotAsync_PageLargerThanLimitThatSaysSo_RequestsNoNextPage()
    {
        // The read-ahead's count is the page's items_on_page: a page that owns up to its size stops the paging first.
        _queue.Then(() => Json(Page("c2", Employee("1"), Employee("2"), Employee("3"))))
            .Then(() => Json(Page(null, Employee("4"))));

        var act = () => _host.Source.ReadSnapshotAsync("t1");

        (await act.Should().ThrowAsync<HrisSourceException>()).WithMessage("*3 records although 2 were requested*");
        _queue.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task ReadSnapshotAsync_PageHoldsMoreThanItsItemsOnPage_FailsAsBefore()
    {
        // docs/reliability.md: a page that understates its size lets the next request start; that request is
        // cancelled as soon as the decoder refuses the page (it may not even reach the server), and the read fails
        // with the same error as ever.
        var understated = Page("c2", Employee("1"), Employee("2"), Employee("3")).Replace("\"items_on_page\":3", "\"items_on_page\":2", StringComparison.Ordinal);
        understated.Should().Contain("\"items_on_page\":2");
        _queue.Then(() => Json(understated)).Then(() => Json(Page(null, Employee("4"))));

        var act = () => _host.Source.ReadSnapshotAsync("t1");

        (await act.Should().ThrowAsync<HrisSourceException>()).WithMessage("Page 1 of GET /hris/employees holds 3 records although 2 were requested; the data is not trustworthy.");
        _queue.Requests.Should().HaveCountLessThanOrEqualTo(2);
    }

    [Fact]
    public async Task ReadSnapshotAsync_LaterPageFails_ThrowsAndReturnsNoPartialSnapshot()
    {
        _queue.Then(() => Json(Page("c2", Employee("1"), Employee("2"))))
            .Then(() => Json(Error(404, "ConnectionNotFoundError"), HttpStatusCode.NotFound));

        var act = () => _host.Source.ReadSnapshotAsync("t1");

        await act.Should().ThrowAsync<HrisConnectionException>();
    }

    [Theory]
    [InlineData("{\"data\": [ {\"id\": \"1\"", "cut off")]
    [InlineData("not json at all", "not valid JSON")]
    [InlineData("{\"data\": [ {\"id\": 1, \"deleted\": \"yes\"} ] }", "not valid JSON")]
    [InlineData("{\"meta\": {}}", "no 'data' array")]
    [InlineData("null", "JSON null")]
    public async Task ReadSnapshotAsync_UnusableJsonBody_ThrowsNamingTheCause(string body, string cause)
    {
        _queue.Then(() => Json(body));

        var act = () => _host.Source.ReadSnapshotAsync("t1");

        (await act.Should().ThrowAsync<HrisSourceException>()).WithMessage($"*{cause}*");
    }

    [Fact]
    public async Task ReadSnapshotAsync_InvalidJson_CarriesStatusAndRequestIdAndInnerException()
    {
        _queue.Then(() => Json("{\"data\": [", requestId: "req-77"));

        var act = () => _host.Source.ReadSnapshotAsync("t1");

        var thrown = (await act.Should().ThrowAsync<HrisSourceException>()).Which;
        thrown.StatusCode.Should().Be(200);
        thrown.RequestId.Should().Be("req-77");
        thrown.InnerException.Should().BeAssignableTo<System.Text.Json.JsonException>();
    }

    [Fact]
    public async Task ReadSnapshotAsync_HtmlWith200_ThrowsNamingTheContentType()
    {
        _queue.Then(() => Text("<html><body>Sign in</body></html>", "text/html"));

        var act = () => _host.Source.ReadSnapshotAsync("t1");

        (await act.Should().ThrowAsync<HrisSourceException>()).WithMessage("*'text/html' instead of JSON*");
    }

    [Fact]
    public async Task ReadSnapshotAsync_CallerCancels_PropagatesOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        _host.Mock.Clear();
        _host.Mock.When("*").Respond(async () =>
        {
            await cts.CancelAsync();
            await Task.Delay(Timeout.Infinite, cts.Token);
            return Json(Page(null));
        });

        var act = () => _host.Source.ReadSnapshotAsync("t1", cts.Token);

        var thrown = await act.Should().ThrowAsync<OperationCanceledException>();
        thrown.Which.Should().NotBeAssignableTo<HrisSourceException>();
    }
}
