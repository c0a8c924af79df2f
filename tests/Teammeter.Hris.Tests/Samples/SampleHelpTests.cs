using Teammeter.Hris.Sample.CommandLine;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>What System.CommandLine brings a support engineer: per-command help, --version, typo suggestions, named errors.</summary>
public sealed class SampleHelpTests
{
    [Theory]
    [InlineData("plan", new[] { "--tenant", "--db", "--json", "--verbose", "--exclude-teams", "--admin-email" })]
    [InlineData("sync", new[] { "--tenant", "--app-id", "--api-key", "--today", "--outbox", "--only-companies" })]
    [InlineData("approve", new[] { "--plan", "--only", "--tenant" })]
    [InlineData("serve", new[] { "--tenants", "--scheduler", "--quartz-postgres", "--node", "--run-for", "--web", "--web-token" })]
    [InlineData("history", new[] { "--tenant", "--db" })]
    public async Task Help_OfACommand_ListsItsOptions(string command, string[] options)
    {
        var run = await SampleRun.RunAsync(command, "--help");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().ContainAll(options);
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public async Task Help_OfACommand_HidesTheOptionsThatDoNotApplyToIt()
    {
        var run = await SampleRun.RunAsync("history", "--help");

        run.Output.Should().NotContain("--tenants").And.NotContain("--plan ").And.NotContain("--exclude-teams").And.NotContain("--admin-email");
        run.Output.Should().NotContain("--api-key").And.NotContain("--app-id").And.NotContain("--outbox");
    }

    [Fact]
    public async Task Help_OfACoachEdit_ListsNoApideckOption()
    {
        var run = await SampleRun.RunAsync("coach", "set-manager", "--help");

        run.Output.Should().Contain("--manager").And.Contain("--db").And.NotContain("--api-key").And.NotContain("--apideck-url");
    }

    [Fact]
    public async Task Help_WithoutACommand_ListsEveryCommand()
    {
        var run = await SampleRun.RunAsync("--help");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Should().ContainAll("demo", "connect", "status", "plan", "sync", "release-invitations", "approve", "reject", "approve-deactivations", "history", "serve", "coach");
    }

    [Fact]
    public async Task Version_PrintsThePackageVersion()
    {
        var run = await SampleRun.RunAsync("--version");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Output.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [Fact]
    public async Task Typo_SuggestsTheCommandAndExitsWithTheUsageCode()
    {
        var run = await SampleRun.RunAsync("plna", "--tenant", "acme");

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain("'plna'").And.Contain("Did you mean").And.MatchRegex(@"(?m)^plan\r?$");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public async Task UnknownOption_IsNamedInTheError()
    {
        var run = await SampleRun.RunAsync("sync", "--tenant", "acme", "--frobnicate", "1");

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain("error:").And.Contain("'--frobnicate'").And.Contain("--help");
    }
}
