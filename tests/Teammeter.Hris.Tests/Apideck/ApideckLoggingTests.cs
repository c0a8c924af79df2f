using System.Net;
using RichardSzalay.MockHttp;
using Teammeter.Hris.Tests.Apideck.Helpers;
using static Teammeter.Hris.Tests.Apideck.Helpers.ApideckFixtures;

namespace Teammeter.Hris.Tests.Apideck;

public sealed class ApideckLoggingTests
{
    [Fact]
    public async Task Logs_FullReadWithRetryAndFailure_HoldIdsAndCountsButNoKeyNamesOrEmails()
    {
        using var host = new ApideckTestHost(o => o.PageSize = 2);
        var queue = new ResponseQueue()
            .Then(() => Json(Error(429, "ConnectorRateLimitError"), HttpStatusCode.TooManyRequests).WithRetryAfter(TimeSpan.Zero))
            .Then(() => Json(Page("c2", Employee("1"), Employee("2"))))
            .Then(() => Json(Page(null, Employee("3", managerId: null))))
            .Then(() => Json(Error(401, "UnauthorizedError"), HttpStatusCode.Unauthorized));
        host.Mock.When("*").Respond(queue.RespondAsync);

        await host.Source.ReadSnapshotAsync("tenant-log");
        var failed = () => host.Source.ReadSnapshotAsync("tenant-log");
        await failed.Should().ThrowAsync<HrisConnectionException>();

        var package = host.Logs.Entries.Where(e => e.Category.StartsWith("Teammeter.Hris", StringComparison.Ordinal)).ToList();
        package.Select(e => e.EventId.Id).Should().Contain([1000, 1001, 1003, 1010, 1030]).And.OnlyContain(id => id >= 1000 && id < 1100);
        package.Should().Contain(e => e.EventId.Id == 1010 && e.Message.Contains("3 employees in 2 pages for tenant tenant-log"));
        host.Logs.Entries.Should().NotBeEmpty().And.OnlyContain(e =>
            !e.Message.Contains(ApideckTestHost.ApiKey)
            && !e.Message.Contains("Lovelace")
            && !e.Message.Contains("Ada")
            && !e.Message.Contains('@'));
    }
}
