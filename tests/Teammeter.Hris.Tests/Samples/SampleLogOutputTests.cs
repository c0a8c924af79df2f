using System.Globalization;
using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Sample.Commands;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>
/// What stderr shows when Apideck hiccups: by default one short line per retry and nothing else (no Polly or HttpClient
/// stack traces); <c>--verbose</c> shows the full logs. stderr is redirected here, so there is no progress line either.
/// </summary>
public sealed class SampleLogOutputTests : SampleCommandLineTests
{
    [Fact]
    public async Task TransientFault_ByDefault_PrintsOnlyTheShortRetryLine()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        Server.Faults.Enqueue("/hris/employees", ScriptedFault.AbortBeforeResponse());

        var run = await RunAsync("plan", Today);

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().MatchRegex(@"^Apideck did not answer; retrying in \d+ s, attempt 2 of 5\r?\n$");
        run.Json().GetProperty("tenant").GetString().Should().Be(Tenant, "stdout still carries only the JSON");
    }

    [Fact]
    public async Task TransientStatus_ByDefault_NamesTheStatusInOneLinePerRetry()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        Server.Faults.Enqueue("/hris/employees", ScriptedFault.Status(503, "ServiceUnavailableError"));
        Server.Faults.Enqueue("/hris/employees", ScriptedFault.Status(503, "ServiceUnavailableError"));

        var run = await RunAsync("plan", Today);

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().MatchRegex(@"^Apideck answered 503; retrying in \d+ s, attempt 2 of 5\r?\nApideck answered 503; retrying in \d+ s, attempt 3 of 5\r?\n$");
    }

    [Fact]
    public async Task PersistentFault_ByDefault_PrintsTheRetriesAndTheFinalErrorWithoutStackTraces()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        Server.Faults.Enqueue("/hris/employees", ScriptedFault.Status(400, "BadRequestError"));

        var run = await RunAsync("plan", Today);

        run.ExitCode.Should().Be(3);
        run.Error.Should().StartWith("HR source failed").And.NotContain(" at ").And.NotContain("Polly").And.NotContain("System.Net.Http");
    }

    [Fact]
    public async Task TransientFault_WithVerbose_PrintsTheFullLogs()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        Server.Faults.Enqueue("/hris/employees", ScriptedFault.AbortBeforeResponse());

        var run = await RunAsync("plan", Today, "--verbose");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().Contain("warning: Teammeter.Hris").And.Contain("[1030] Retrying an Apideck request")
            .And.Contain("HttpRequestException").And.Contain("Read page");
        run.Error.Should().NotContain("retrying in", "--verbose shows the package's own event instead of the short line");
    }

    [Fact]
    public async Task Sync_Redirected_WritesNothingToStderr()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));

        var run = await RunAsync("sync", Today);

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty("no progress line when stderr is not a terminal");
    }

    [Fact]
    public async Task Sync_OnATerminal_ShowsPagesReadAndOperationsAppliedOnOneClearedLine()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await SampleApp.RunAsync(
            [
                "sync", "--tenant", Tenant, "--apideck-url", Server.BaseAddress.AbsoluteUri, "--app-id", "app-1", "--api-key", SampleRun.ApiKey,
                "--db", DatabasePath, "--outbox", Outbox, "--today", Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "--json",
            ],
            output,
            error,
            _ => null,
            errorIsTerminal: true,
            CancellationToken.None);

        exitCode.Should().Be(0, error.ToString());
        error.ToString().Should().Contain("\rReading Personio: page 1, ").And.MatchRegex(@"\rApplying the plan: \d+ operations applied")
            .And.NotContain("\n", "the status line overwrites itself and is cleared, never scrolled");
        error.ToString().Should().EndWith("\r");
    }
}
