using System.Net;
using Microsoft.Extensions.Time.Testing;
using RichardSzalay.MockHttp;
using Teammeter.Hris.Tests.Apideck.Helpers;
using static Teammeter.Hris.Tests.Apideck.Helpers.ApideckFixtures;

namespace Teammeter.Hris.Tests.Apideck;

/// <summary>
/// Every header the retry logic reads (<c>Retry-After</c>, <c>x-downstream-ratelimit-reset</c>, <c>Request-Id</c>)
/// filled with random and extreme values, through the real pipeline: the read completes or fails with a typed
/// <see cref="HrisSourceException"/>, never anything else.
/// </summary>
public sealed class ApideckRetryHeaderFuzzTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReadSnapshotAsync_429WithMillisecondEpochReset_BacksOffAndSucceeds()
    {
        var time = new FakeTimeProvider(Start);
        using var host = new ApideckTestHost(timeProvider: time);
        var queue = new ResponseQueue()
            .Then(() => Throttled(HttpStatusCode.TooManyRequests, ("x-downstream-ratelimit-reset", time.GetUtcNow().AddSeconds(30).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .Then(() => Json(Page(null, Employee("1"))));
        host.Mock.When("*").Respond(queue.RespondAsync);

        var snapshot = await ApideckTestHost.RunAdvancingAsync(time, () => host.Source.ReadSnapshotAsync("t1"), TimeSpan.FromMilliseconds(500));

        snapshot.Employees.Should().ContainSingle();
        queue.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task ReadSnapshotAsync_RandomWaitHeaders_CompletesOrThrowsTypedError()
    {
        var random = new Random(2022);
        for (var i = 0; i < 80; i++)
        {
            var time = new FakeTimeProvider(Start);
            using var host = new ApideckTestHost(o => o.MaxRetryAttempts = 2, timeProvider: time);
            var queue = new ResponseQueue();
            var failures = random.Next(4);
            var headers = new List<(string, string)>();
            for (var f = 0; f < failures; f++)
            {
                var answer = new List<(string Name, string Value)>();
                foreach (var name in new[] { "Retry-After", "x-downstream-ratelimit-reset", "Request-Id" })
                {
                    if (random.Next(3) > 0)
                    {
                        answer.Add((name, RetryHeaderValues.Next(random, Start)));
                    }
                }

                var status = random.Next(3) == 0 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.TooManyRequests;
                headers.AddRange(answer);
                queue.Then(() => Throttled(status, [.. answer]));
            }

            queue.Then(() => Json(Page(null, Employee("1"))));
            host.Mock.When("*").Respond(queue.RespondAsync);

            var read = () => ApideckTestHost.RunAdvancingAsync(time, () => host.Source.ReadSnapshotAsync("t1"), TimeSpan.FromSeconds(5));

            try
            {
                (await read()).Employees.Should().ContainSingle();
            }
            catch (HrisSourceException exception)
            {
                exception.StatusCode.Should().BeOneOf(429, 503);
                if (exception is HrisRateLimitException { RetryAfter: { } wait })
                {
                    wait.Should().BeGreaterThanOrEqualTo(TimeSpan.Zero).And.BeLessThanOrEqualTo(TimeSpan.FromDays(1));
                }
            }
            catch (Exception exception)
            {
                throw new Xunit.Sdk.XunitException($"Case {i} with headers [{string.Join("; ", headers.Select(h => $"{h.Item1}: {h.Item2}"))}] threw {exception}");
            }
        }
    }

    private static HttpResponseMessage Throttled(HttpStatusCode status, params (string Name, string Value)[] headers)
    {
        var response = Json(Error((int)status, status == HttpStatusCode.TooManyRequests ? "ConnectorRateLimitError" : "ServerError"), status);
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }
}
