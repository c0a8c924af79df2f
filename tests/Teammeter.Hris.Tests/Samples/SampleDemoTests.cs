using System.Diagnostics;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>The README's first command: the demo, in process and as the real executable.</summary>
public sealed class SampleDemoTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task RunAsync_DemoWithJson_ConnectsSyncsInvitesAndEndsWithANoOpSync()
    {
        var run = await SampleRun.RunAsync("demo", "--db", _directory.File("demo.db"), "--outbox", _directory.File("outbox"), "--today", "2026-11-25", "--json");

        run.ExitCode.Should().Be(0, run.Error);
        var demo = run.Json();
        demo.GetProperty("connected").GetBoolean().Should().BeTrue();
        demo.GetProperty("initialSync").GetProperty("initialSync").GetBoolean().Should().BeTrue();
        var invited = demo.GetProperty("invitationsSent").GetInt32() + demo.GetProperty("nextDaySync").GetProperty("invitationsSent").GetInt32();
        Directory.GetFiles(_directory.File("outbox"), "*.eml").Should().HaveCount(invited);
        demo.GetProperty("nextDaySync").GetProperty("applied").GetBoolean().Should().BeTrue();
        demo.GetProperty("repeatSync").GetProperty("operations").GetArrayLength().Should().Be(0);
        demo.GetProperty("coachEdits").GetProperty("emailAddedThenInvited").GetBoolean().Should().BeTrue();
        demo.GetProperty("coachEdits").GetProperty("managerKept").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task RunAsync_DemoOntoAnExistingDatabase_ExitsTwoNamingDb()
    {
        await File.WriteAllTextAsync(_directory.File("taken.db"), "not empty");

        var run = await SampleRun.RunAsync("demo", "--db", _directory.File("taken.db"), "--outbox", _directory.File("outbox"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--db");
        File.ReadAllText(_directory.File("taken.db")).Should().Be("not empty");
    }

    [Fact]
    public async Task Main_NoArgumentsTwice_RunsTheDemoToExitZeroEachTime()
    {
        var first = await RunExecutableAsync();
        var second = await RunExecutableAsync();

        first.ExitCode.Should().Be(0, first.Error);
        second.ExitCode.Should().Be(0, second.Error);
        second.Output.Should().Contain("CONNECTED").And.Contain("(initial sync)").And.Contain("a repeated sync is a no-op")
            .And.Contain("invited now that a coach added an email").And.Contain("the sync keeps a coach's line").And.NotContain("UNEXPECTED");
        File.Exists(Path.Combine(_directory.Path, "teammeter-demo", ".teammeter-demo")).Should().BeTrue();
    }

    /// <summary>Runs the built sample with no arguments in the temporary folder, as the README's first command does.</summary>
    private async Task<(int ExitCode, string Output, string Error)> RunExecutableAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _directory.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Teammeter.Hris.Sample.Console.dll"));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
