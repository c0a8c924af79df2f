using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using RichardSzalay.MockHttp;
using Teammeter.Hris.Apideck;
using Teammeter.Hris.Tests.Apideck.Helpers;
using static Teammeter.Hris.Tests.Apideck.Helpers.ApideckFixtures;

namespace Teammeter.Hris.Tests.Apideck;

public sealed class ApideckResilienceTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("retry-after-seconds")]
    [InlineData("retry-after-date")]
    [InlineData("downstream-reset-seconds")]
    [InlineData("downstream-reset-unix")]
    public async Task ReadSnapshotAsync_429WithWaitHint_WaitsExactlyTheHintThenSucceeds(string hint)
    {
        var time = new TimerWatchingTimeProvider(Start);
        using var host = new ApideckTestHost(timeProvider: time);
        // 45 s, not 30 s: the default attempt timeout also schedules a 30 s timer, which would end the wait below early.
        var hinted = TimeSpan.FromSeconds(45);
        var queue = new ResponseQueue()
            .Then(() => Throttled(hint, time.GetUtcNow(), hinted))
            .Then(() => Json(Page(null, Employee("1"))));
        host.Mock.When("*").Respond(queue.RespondAsync);

        var read = host.Source.ReadSnapshotAsync("t1");
        await WaitForAsync(() => time.DueTimes.Contains(hinted));
        time.Advance(hinted - TimeSpan.FromSeconds(1));
        await Task.Delay(50);
        queue.Requests.Should().HaveCount(1, "the hinted 45 s have not passed yet");
        time.Advance(TimeSpan.FromSeconds(1));
        var snapshot = await read;

        snapshot.Employees.Should().ContainSingle();
        queue.Requests.Should().HaveCount(2);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task ReadSnapshotAsync_5xxWithoutHint_RetriesWithBackoffThenSucceeds(HttpStatusCode status)
    {
        var time = new FakeTimeProvider(Start);
        using var host = new ApideckTestHost(timeProvider: time);
        var queue = new ResponseQueue()
            .Then(() => Json(Error((int)status, "ServerError"), status))
            .Then(() => Json(Error((int)status, "ServerError"), status))
            .Then(() => Json(Page(null, Employee("1"))));
        host.Mock.When("*").Respond(queue.RespondAsync);

        var snapshot = await ApideckTestHost.RunAdvancingAsync(time, () => host.Source.ReadSnapshotAsync("t1"), TimeSpan.FromMilliseconds(250));

        snapshot.Employees.Should().ContainSingle();
        queue.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task ReadSnapshotAsync_TransientNetworkError_RetriesThenSucceeds()
    {
        var time = new FakeTimeProvider(Start);
        using var host = new ApideckTestHost(timeProvider: time);
        var queue = new ResponseQueue()
            .Then(() => throw new HttpRequestException("connection reset", null, HttpStatusCode.BadGateway))
            .Then(() => Json(Page(null, Employee("1"))));
        host.Mock.When("*").Respond(queue.RespondAsync);

        var snapshot = await ApideckTestHost.RunAdvancingAsync(time, () => host.Source.ReadSnapshotAsync("t1"), TimeSpan.FromMilliseconds(250));

        snapshot.Employees.Should().ContainSingle();
    }

    [Fact]
    public async Task ReadSnapshotAsync_429UntilRetriesRunOut_ThrowsRateLimitException()
    {
        using var host = new ApideckTestHost(o => o.MaxRetryAttempts = 3);
        var request = host.Mock.When("*").Respond(_ =>
            Json(Error(429, "ConnectorRateLimitError"), HttpStatusCode.TooManyRequests).WithRetryAfter(TimeSpan.Zero));

        var act = () => host.Source.ReadSnapshotAsync("t1");

        var thrown = (await act.Should().ThrowAsync<HrisRateLimitException>()).Which;
        thrown.ErrorCode.Should().Be("ConnectorRateLimitError");
        thrown.StatusCode.Should().Be(429);
        thrown.RetryAfter.Should().Be(TimeSpan.Zero);
        host.Mock.GetMatchCount(request).Should().Be(4);
    }

    [Fact]
    public async Task ReadSnapshotAsync_WaitHintBeyondBudget_FailsAtOnceWithTheHint()
    {
        using var host = new ApideckTestHost(o => o.RequestTimeout = TimeSpan.FromMinutes(2));
        var request = host.Mock.When("*").Respond(_ =>
            Json(Error(429, "ConnectorRateLimitError"), HttpStatusCode.TooManyRequests).WithRetryAfter(TimeSpan.FromHours(1)));

        var act = () => host.Source.ReadSnapshotAsync("t1");

        (await act.Should().ThrowAsync<HrisRateLimitException>()).Which.RetryAfter.Should().Be(TimeSpan.FromHours(1));
        host.Mock.GetMatchCount(request).Should().Be(1);
    }

    [Fact]
    public async Task ReadSnapshotAsync_5xxUntilRetriesRunOut_ThrowsWithLastStatus()
    {
        using var host = new ApideckTestHost(o => o.MaxRetryAttempts = 2);
        var request = host.Mock.When("*").Respond(_ =>
            Text("<html>bad gateway</html>", "text/html", HttpStatusCode.BadGateway).WithRetryAfter(TimeSpan.Zero));

        var act = () => host.Source.ReadSnapshotAsync("t1");

        var thrown = (await act.Should().ThrowAsync<HrisSourceException>()).Which;
        thrown.StatusCode.Should().Be(502);
        thrown.Message.Should().Contain("server error");
        host.Mock.GetMatchCount(request).Should().Be(3);
    }

    [Fact]
    public async Task ReadSnapshotAsync_ServerNeverAnswers_AttemptTimeoutsThenBudgetFail()
    {
        var time = new FakeTimeProvider(Start);
        using var host = new ApideckTestHost(
            o =>
            {
                o.AttemptTimeout = TimeSpan.FromSeconds(5);
                o.RequestTimeout = TimeSpan.FromSeconds(30);
                o.MaxRetryAttempts = 2;
            },
            time,
            new StallingHandler());

        var act = () => ApideckTestHost.RunAdvancingAsync(time, () => host.Source.ReadSnapshotAsync("t1"), TimeSpan.FromSeconds(1));

        (await act.Should().ThrowAsync<HrisSourceException>()).WithMessage("*did not answer*request budget*");
    }

    [Theory]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(503, true)]
    [InlineData(504, true)]
    [InlineData(501, false)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(402, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(422, false)]
    public void IsTransient_Status_OnlyThrottlingAndServerErrorsButNot501(int status, bool expected) =>
        ApideckResilience.IsTransient((HttpStatusCode)status).Should().Be(expected);

    private static HttpResponseMessage Throttled(string hint, DateTimeOffset now, TimeSpan wait)
    {
        var response = Json(Error(429, "ConnectorRateLimitError"), HttpStatusCode.TooManyRequests);
        switch (hint)
        {
            case "retry-after-seconds":
                response.Headers.RetryAfter = new RetryConditionHeaderValue(wait);
                break;
            case "retry-after-date":
                response.Headers.RetryAfter = new RetryConditionHeaderValue(now + wait);
                break;
            case "downstream-reset-seconds":
                response.Headers.TryAddWithoutValidation("x-downstream-ratelimit-reset", wait.TotalSeconds.ToString(CultureInfo.InvariantCulture));
                break;
            default:
                response.Headers.TryAddWithoutValidation("x-downstream-ratelimit-reset", (now + wait).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
                break;
        }

        return response;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        condition().Should().BeTrue();
    }
}
