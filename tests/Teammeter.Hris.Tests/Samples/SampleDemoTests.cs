using System.Diagnostics;
using Teammeter.Hris.Sample;
using Teammeter.Hris.Sample.ApideckServer;

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
    public async Task RunAsync_DemoWithJson_ItsScopeLeavesOutTheContractorTheSisterCompanyAndTheMarkedPersonWithNoUserOrInvitation()
    {
        var today = new DateOnly(2026, 11, 25);
        string[] leftOut = [DemoOrganisation.ContractorId, .. DemoOrganisation.LabsIds, DemoOrganisation.ExcludedByAttributeId];
        var addresses = DemoOrganisation.Create(today).Where(e => leftOut.Contains(e.Id)).Select(e => e.Emails.Single().Email).ToList();

        var run = await SampleRun.RunAsync("demo", "--db", _directory.File("demo.db"), "--outbox", _directory.File("outbox"), "--today", "2026-11-25", "--json");

        run.ExitCode.Should().Be(0, run.Error);
        var demo = run.Json();
        demo.GetProperty("scopeLeftOutExpectedPeople").GetBoolean().Should().BeTrue();
        foreach (var sync in (string[])["initialSync", "nextDaySync"])
        {
            var report = demo.GetProperty(sync);
            report.GetProperty("counts").GetProperty("Excluded").GetInt32().Should().Be(5, sync);
            report.GetProperty("excluded").EnumerateObject().Select(p => (p.Name, p.Value.GetInt32()))
                .Should().BeEquivalentTo([("EmploymentType", 1), ("Company", 3), ("ExclusionAttribute", 1)], sync);
            report.GetProperty("operations").EnumerateArray()
                .Select(o => o.TryGetProperty("employeeId", out var id) ? id.GetString() : null)
                .Should().NotIntersectWith(leftOut, sync);
        }

        var users = (await new SqliteTeammeterSink(_directory.File("demo.db")).LoadAsync("northwind", CancellationToken.None)).Users;
        users.Should().NotBeEmpty();
        users.Select(u => u.Email).Should().NotIntersectWith(addresses);
        var invitations = Directory.GetFiles(_directory.File("outbox"), "*.eml");
        invitations.Should().NotBeEmpty();
        invitations.Select(File.ReadAllText).Should().OnlyContain(eml => !addresses.Any(a => eml.Contains(a, StringComparison.OrdinalIgnoreCase)));
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
            .And.Contain("invited now that a coach added an email")
            .And.Contain("Left out by the scope: 1 contractor (1018), 3 people of Northwind Labs, company nw-labs (1120, 1121, 1122), 1 person marked \"Exclude from Teammeter\" (1085).")
            .And.Contain("None of them has a Teammeter user").And.Contain("the sync keeps a coach's line").And.NotContain("UNEXPECTED");
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
