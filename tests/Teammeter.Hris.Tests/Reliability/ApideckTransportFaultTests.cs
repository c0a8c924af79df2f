using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Tests.Reliability.Helpers;

namespace Teammeter.Hris.Tests.Reliability;

/// <summary>
/// Throttling, server errors, broken and slow connections, over real loopback HTTP against the embedded server.
/// The demo organisation is 65 people in pages of 20: four requests when nothing goes wrong.
/// </summary>
public sealed class ApideckTransportFaultTests
{
    private const int Pages = 4;

    // Short enough for the timeout tests to run fast, long enough for a loaded machine's ordinary answers.
    private static readonly TimeSpan ShortAttempt = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task ReadSnapshotAsync_429WithRetryAfterSeconds_WaitsAndReadsEverything()
    {
        await using var host = await LoopbackSync.StartAsync();
        host.FailEmployees(ScriptedFault.RateLimited(1));

        await host.ReadsTheWholeOrganisationAsync();

        host.EmployeeRequests.Should().Be(Pages + 1);
    }

    [Fact]
    public async Task ReadSnapshotAsync_429WithRetryAfterHttpDate_WaitsAndReadsEverything()
    {
        await using var host = await LoopbackSync.StartAsync();
        host.FailEmployees(ScriptedFault.RateLimitedUntil(DateTimeOffset.UtcNow.AddSeconds(1)));

        await host.ReadsTheWholeOrganisationAsync();

        host.EmployeeRequests.Should().Be(Pages + 1);
    }

    [Fact]
    public async Task ReadSnapshotAsync_429WithoutRetryAfter_BacksOffAndReadsEverything()
    {
        await using var host = await LoopbackSync.StartAsync();
        host.FailEmployees(ScriptedFault.Status(429, "ConnectorRateLimitError"));

        await host.ReadsTheWholeOrganisationAsync();

        host.EmployeeRequests.Should().Be(Pages + 1);
    }

    [Fact]
    public async Task SyncAsync_429StormLongerThanTheRetries_ThrowsRateLimitAfterBoundedRequests()
    {
        await using var host = await LoopbackSync.StartAsync(o => o.MaxRetryAttempts = 2);
        host.FailEmployees(ScriptedFault.RateLimited(0), times: 10);

        var thrown = await host.SyncFailsWithoutWritingAsync<HrisRateLimitException>();

        thrown.Message.Should().StartWith("Apideck kept throttling GET /hris/employees beyond the retry budget");
        thrown.StatusCode.Should().Be(429);
        thrown.ErrorCode.Should().Be("ConnectorRateLimitError");
        thrown.RequestId.Should().StartWith("req-");
        host.EmployeeRequests.Should().Be(3, "one attempt and two retries");
    }

    [Fact]
    public async Task SyncAsync_429StormLongerThanTheBudget_ThrowsRateLimitNotATimeout()
    {
        // Each 429 asks for 2 s; the 3 s budget honours the first wait but not a second one.
        await using var host = await LoopbackSync.StartAsync(o =>
        {
            o.MaxRetryAttempts = 10;
            o.AttemptTimeout = ShortAttempt;
            o.RequestTimeout = TimeSpan.FromSeconds(3);
        });
        host.FailEmployees(ScriptedFault.RateLimited(2), times: 10);

        var thrown = await host.SyncFailsWithoutWritingAsync<HrisRateLimitException>();

        thrown.RetryAfter.Should().Be(TimeSpan.FromSeconds(2));
        thrown.Message.Should().Contain("kept throttling");
        host.EmployeeRequests.Should().Be(2);
    }

    [Fact]
    public async Task SyncAsync_429HintBeyondTheBudget_FailsAtOnceWithTheHint()
    {
        await using var host = await LoopbackSync.StartAsync();
        host.FailEmployees(ScriptedFault.RateLimited(3600));

        var thrown = await host.SyncFailsWithoutWritingAsync<HrisRateLimitException>();

        thrown.RetryAfter.Should().Be(TimeSpan.FromHours(1));
        host.EmployeeRequests.Should().Be(1);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task ReadSnapshotAsync_ServerErrorOnce_RetriesAndReadsEverything(int status)
    {
        await using var host = await LoopbackSync.StartAsync();
        host.FailEmployees(ApideckFaults.ServerError(status));

        await host.ReadsTheWholeOrganisationAsync();

        host.EmployeeRequests.Should().Be(Pages + 1);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task SyncAsync_ServerErrorPersists_ThrowsWithTheStatusAfterBoundedRequests(int status)
    {
        await using var host = await LoopbackSync.StartAsync(o => o.MaxRetryAttempts = 1);
        host.FailEmployees(ApideckFaults.ServerError(status), times: 5);

        var thrown = await host.SyncFailsWithoutWritingAsync<HrisSourceException>();

        thrown.Message.Should().StartWith("Apideck failed GET /hris/employees with a server error, also after retries.");
        thrown.StatusCode.Should().Be(status);

        // Exactly one attempt and one retry: a 5xx carries no wait hint, and the 30 s budget fits the ~1 s backoff.
        // The Apideck log lines are in the reason, so a run that saw a different count says what it did.
        host.EmployeeRequests.Should().Be(2, string.Join(" | ", host.Log.Entries.Where(e => e.Category.Contains("Apideck", StringComparison.Ordinal)).Select(e => e.Message)));
    }

    [Fact]
    public async Task ReadSnapshotAsync_ConnectionDropsMidBodyOnce_RetriesThePageAndReadsEverything()
    {
        await using var host = await LoopbackSync.StartAsync();
        host.FailEmployees(ScriptedFault.AbortMidBody());

        await host.ReadsTheWholeOrganisationAsync();

        host.EmployeeRequests.Should().Be(Pages + 1);
    }

    [Fact]
    public async Task ReadSnapshotAsync_ConnectionDropsMidBodyOnALaterPage_SnapshotEqualsACleanRead()
    {
        await using var host = await LoopbackSync.StartAsync();
        var clean = await host.Source.ReadSnapshotAsync(LoopbackSync.Tenant);
        var requests = 0;
        host.Server.Faults.Interceptor = (context, _) =>
        {
            // The second page breaks half-way: its first half is already read when the connection drops.
            if (context.Request.Path == LoopbackSync.EmployeesPath && Interlocked.Increment(ref requests) == 2)
            {
                host.FailEmployees(ScriptedFault.AbortMidBody());
            }

            return Task.FromResult(false);
        };

        var snapshot = await host.Source.ReadSnapshotAsync(LoopbackSync.Tenant);

        snapshot.Employees.Should().Equal(clean.Employees);
        host.EmployeeRequests.Should().Be((2 * Pages) + 1);
    }

    [Fact]
    public async Task SyncAsync_ConnectionKeepsDroppingMidBody_ThrowsNamingTheBrokenAnswer()
    {
        await using var host = await LoopbackSync.StartAsync(o => o.MaxRetryAttempts = 1);
        host.FailEmployees(ScriptedFault.AbortMidBody(), times: 5);

        var thrown = await host.SyncFailsWithoutWritingAsync<HrisSourceException>();

        thrown.Message.Should().StartWith("The connection to Apideck failed during GET /hris/employees:");
        thrown.Message.Should().Contain("also after retries");
        thrown.InnerException.Should().BeAssignableTo<HttpRequestException>();
        host.EmployeeRequests.Should().Be(2);
    }

    [Fact]
    public async Task ReadSnapshotAsync_ConnectionResetOnce_RetriesAndReadsEverything()
    {
        await using var host = await LoopbackSync.StartAsync();
        host.FailEmployees(ScriptedFault.ResetConnection());

        await host.ReadsTheWholeOrganisationAsync();

        host.EmployeeRequests.Should().Be(Pages + 1);
    }

    [Fact]
    public async Task SyncAsync_ConnectionKeepsResetting_ThrowsNamingTheConnection()
    {
        await using var host = await LoopbackSync.StartAsync(o => o.MaxRetryAttempts = 1);
        host.FailEmployees(ScriptedFault.ResetConnection(), times: 5);

        var thrown = await host.SyncFailsWithoutWritingAsync<HrisSourceException>();

        thrown.Message.Should().Be("The connection to Apideck failed during GET /hris/employees: the connection was reset by the server or a proxy (ConnectionReset), also after retries.");
        thrown.StatusCode.Should().BeNull();
        host.EmployeeRequests.Should().Be(2);
    }

    [Fact]
    public async Task ReadSnapshotAsync_OneAnswerSlowerThanTheAttemptTimeout_RetriesAndReadsEverything()
    {
        await using var host = await LoopbackSync.StartAsync(o => o.AttemptTimeout = ShortAttempt);
        host.FailEmployees(ScriptedFault.Slow(TimeSpan.FromSeconds(5)));

        await host.ReadsTheWholeOrganisationAsync();

        host.EmployeeRequests.Should().Be(Pages + 1);
    }

    [Fact]
    public async Task SyncAsync_ServerSlowerThanTheRequestBudget_ThrowsTimeoutWithoutAnotherAttempt()
    {
        // The budget ends inside the first attempt, with retries left: the budget wins and nothing is retried. The
        // attempt timeout may not exceed the budget, so both are 3 s; should the attempt's timer fire first, the
        // budget ends during the backoff (about a second) before a second request. How many attempts would fit if the
        // budget ended between attempts depends on the backoff's jitter, so that is not set up here; retried attempt
        // timeouts are covered by SyncAsync_BodyKeepsStalling_* and the *Once tests, with exact counts.
        await using var host = await LoopbackSync.StartAsync(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(3);
            o.RequestTimeout = TimeSpan.FromSeconds(3);
            o.MaxRetryAttempts = 2;
        });
        host.FailEmployees(ScriptedFault.Slow(TimeSpan.FromSeconds(30)), times: 5);

        var thrown = await host.SyncFailsWithoutWritingAsync<HrisSourceException>();

        thrown.Message.Should().Contain("did not answer GET /hris/employees within the request budget");
        host.EmployeeRequests.Should().Be(1);
    }

    [Fact]
    public async Task SyncAsync_ServerSlowerThanTheSnapshotTimeout_ThrowsSnapshotTimeout()
    {
        // Every page answers within its attempt timeout, but the three together outlast the snapshot's.
        await using var host = await LoopbackSync.StartAsync(o => o.SnapshotTimeout = TimeSpan.FromSeconds(1.5));
        host.FailEmployees(ScriptedFault.Slow(TimeSpan.FromSeconds(0.7)), times: Pages);

        var thrown = await host.SyncFailsWithoutWritingAsync<HrisSourceException>();

        thrown.Message.Should().Contain("did not finish within PersonioSyncOptions.SnapshotTimeout").And.Contain("nothing was synced");
        host.EmployeeRequests.Should().BeLessThanOrEqualTo(Pages);
    }

    [Fact]
    public async Task ReadSnapshotAsync_BodyStallsOnce_AttemptTimeoutRetriesThePage()
    {
        await using var host = await LoopbackSync.StartAsync(o => o.AttemptTimeout = ShortAttempt);
        host.FailEmployees(ScriptedFault.StallMidBody());

        await host.ReadsTheWholeOrganisationAsync();

        host.EmployeeRequests.Should().Be(Pages + 1);
    }

    [Fact]
    public async Task SyncAsync_BodyKeepsStalling_ThrowsTimeoutAfterBoundedRequests()
    {
        await using var host = await LoopbackSync.StartAsync(o =>
        {
            o.AttemptTimeout = ShortAttempt;
            o.RequestTimeout = TimeSpan.FromSeconds(8);
            o.MaxRetryAttempts = 1;
        });
        host.FailEmployees(ScriptedFault.StallMidBody(), times: 5);

        var thrown = await host.SyncFailsWithoutWritingAsync<HrisSourceException>();

        thrown.Message.Should().Contain("within the request budget");
        host.EmployeeRequests.Should().Be(2);
    }
}
