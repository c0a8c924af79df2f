using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Tests.Reliability.Helpers;

namespace Teammeter.Hris.Tests.Reliability;

/// <summary>
/// The Vault calls (creating the setup link, reading the connection status) under the transport faults the
/// employee reads are tested with, over real loopback HTTP: transient faults are retried, lasting ones end in a
/// typed <see cref="HrisSourceException"/> that names the call.
/// </summary>
public sealed class VaultFaultTests
{
    private const string SessionsPath = "/vault/sessions";
    private const string ConnectionPath = "/vault/connections/hris/personio";

    public static TheoryData<string, string> Transient => new()
    {
        { SessionsPath, "429 Retry-After 1" },
        { SessionsPath, "429 without hint" },
        { SessionsPath, "503" },
        { SessionsPath, "reset" },
        { SessionsPath, "abort mid-body" },
        { SessionsPath, "slower than the attempt timeout" },
        { ConnectionPath, "429 Retry-After 1" },
        { ConnectionPath, "429 without hint" },
        { ConnectionPath, "503" },
        { ConnectionPath, "reset" },
        { ConnectionPath, "abort mid-body" },
        { ConnectionPath, "slower than the attempt timeout" },
    };

    public static TheoryData<string, string, string> Lasting => new()
    {
        { SessionsPath, "503", "server error" },
        { SessionsPath, "reset", "connection was reset" },
        { SessionsPath, "stall mid-body", "within the request budget" },
        { ConnectionPath, "503", "server error" },
        { ConnectionPath, "reset", "connection was reset" },
        { ConnectionPath, "stall mid-body", "within the request budget" },
    };

    public static TheoryData<string, string, string> Unusable => new()
    {
        { SessionsPath, "truncated JSON", "not valid JSON" },
        { SessionsPath, "HTML with 200", "instead of JSON" },
        { ConnectionPath, "truncated JSON", "not valid JSON" },
        { ConnectionPath, "HTML with 200", "instead of JSON" },
    };

    [Theory]
    [MemberData(nameof(Transient))]
    public async Task VaultCall_TransientFaultOnce_IsRetriedAndSucceeds(string path, string fault)
    {
        // Short enough that the 5-second slow answer times out, long enough that the retry's normal answer does not
        // on a loaded machine: at 1 second, a CI run once saw the retry time out too and a third request.
        await using var host = await LoopbackSync.StartAsync(o => o.AttemptTimeout = TimeSpan.FromSeconds(3));
        host.Server.Faults.Enqueue(path, Fault(fault));

        await CallAsync(host, path);

        host.Server.Counters.RequestsFor(path).Should().Be(2);
    }

    [Theory]
    [MemberData(nameof(Lasting))]
    public async Task VaultCall_LastingFault_ThrowsTypedErrorAfterRetries(string path, string fault, string message)
    {
        await using var host = await LoopbackSync.StartAsync(o =>
        {
            o.MaxRetryAttempts = 1;
            o.AttemptTimeout = TimeSpan.FromSeconds(1);
            // A budget that outlasts both attempts: the retry count, not the clock, ends the call, so the count is exact.
            o.RequestTimeout = TimeSpan.FromSeconds(8);
        });
        for (var i = 0; i < 5; i++)
        {
            host.Server.Faults.Enqueue(path, Fault(fault));
        }

        var act = () => CallAsync(host, path);

        var thrown = (await act.Should().ThrowAsync<HrisSourceException>()).Which;
        thrown.Message.Should().Contain(path).And.Contain(message);
        host.Server.Counters.RequestsFor(path).Should().Be(2, "one attempt and its one retry");
    }

    [Theory]
    [InlineData(SessionsPath)]
    [InlineData(ConnectionPath)]
    public async Task VaultCall_ThrottledBeyondTheBudget_ThrowsRateLimitWithTheHint(string path)
    {
        await using var host = await LoopbackSync.StartAsync();
        host.Server.Faults.Enqueue(path, ScriptedFault.RateLimited(3600));

        var act = () => CallAsync(host, path);

        var thrown = (await act.Should().ThrowAsync<HrisRateLimitException>()).Which;
        thrown.RetryAfter.Should().Be(TimeSpan.FromHours(1));
        thrown.StatusCode.Should().Be(429);
        host.Server.Counters.RequestsFor(path).Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(Unusable))]
    public async Task VaultCall_UnusableAnswer_ThrowsTypedErrorWithoutRetry(string path, string fault, string message)
    {
        await using var host = await LoopbackSync.StartAsync();
        host.Server.Faults.Enqueue(path, Fault(fault));

        var act = () => CallAsync(host, path);

        var thrown = (await act.Should().ThrowAsync<HrisSourceException>()).Which;
        thrown.Message.Should().Contain(path).And.Contain(message);
        host.Server.Counters.RequestsFor(path).Should().Be(1);
    }

    private static Task CallAsync(LoopbackSync host, string path) => path == SessionsPath
        ? host.Connections.CreateSetupLinkAsync(LoopbackSync.Tenant, new HrisSetupLinkRequest())
        : host.Connections.GetStatusAsync(LoopbackSync.Tenant);

    private static ScriptedFault Fault(string name) => name switch
    {
        "429 Retry-After 1" => ScriptedFault.RateLimited(1),
        "429 without hint" => ScriptedFault.Status(429, "ConnectorRateLimitError"),
        "503" => ScriptedFault.Status(503, "ServiceUnavailableError"),
        "reset" => ScriptedFault.ResetConnection(),
        "abort mid-body" => ScriptedFault.AbortMidBody(),
        "stall mid-body" => ScriptedFault.StallMidBody(),
        "slower than the attempt timeout" => ScriptedFault.Slow(TimeSpan.FromSeconds(5)),
        "truncated JSON" => ScriptedFault.Raw(200, "application/json", "{\"status_code\":200,\"data\":{\"session_uri\":\"htt"),
        "HTML with 200" => ScriptedFault.Raw(200, "text/html", "<html>login</html>"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
