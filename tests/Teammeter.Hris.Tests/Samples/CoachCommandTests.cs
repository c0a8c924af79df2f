using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Sample.CommandLine;

namespace Teammeter.Hris.Tests.Samples;

/// <summary><c>coach &lt;edit&gt;</c>: parsing, exit codes, and that each edit is stored as the coach's.</summary>
public sealed class CoachCommandTests : SampleCommandLineTests
{
    private static CommandLineResult Parse(string commandLine) =>
        CommandLineParser.Parse(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries), _ => null);

    [Theory]
    [InlineData("coach set-manager --tenant acme --employee 1 --manager 2", "SetManager")]
    [InlineData("coach clear-manager --tenant acme --employee 1", "ClearManager")]
    [InlineData("coach add-team --tenant acme --employee 1 --team t-1", "AddTeam")]
    [InlineData("coach set-email --tenant acme --employee 1 --email a@b.example", "SetEmail")]
    [InlineData("coach deactivate --employee 1 --tenant acme", "Deactivate")]
    public void Parse_EachCoachEdit_IsRecognisedWithoutApideckCredentials(string commandLine, string expected)
    {
        var result = Parse(commandLine);

        result.Error.Should().BeNull();
        result.Options!.Command.Should().Be(SampleCommand.Coach);
        result.Options.Coach!.Action.Should().Be(Enum.Parse<CoachAction>(expected));
        result.Options.Coach.EmployeeId.Should().Be("1");
        result.Options.DatabasePath.Should().Be("teammeter-sample.db");
    }

    [Fact]
    public void Parse_SetManager_ReadsTheManager()
    {
        Parse("coach set-manager --tenant acme --employee 1 --manager 2 --db x.db --json").Options.Should().BeEquivalentTo(
            new SampleOptions { Command = SampleCommand.Coach, Tenant = "acme", DatabasePath = "x.db", Json = true, Coach = new CoachEdit(CoachAction.SetManager, "1") { ManagerId = "2" } });
    }

    [Theory]
    [InlineData("coach --tenant acme --employee 1", "set-manager")]
    [InlineData("coach promote --tenant acme --employee 1", "promote")]
    [InlineData("coach set-manager --tenant acme --manager 2", "--employee")]
    [InlineData("coach set-manager --tenant acme --employee 1", "--manager")]
    [InlineData("coach set-manager --tenant acme --employee 1 --manager 1", "--manager")]
    [InlineData("coach add-team --tenant acme --employee 1", "--team")]
    [InlineData("coach set-email --tenant acme --employee 1 --email not-an-address", "--email")]
    [InlineData("coach deactivate --tenant acme --employee 1 --team t-1", "--team")]
    [InlineData("coach deactivate --employee 1", "--tenant")]
    [InlineData("sync --tenant acme --app-id a --api-key k --employee 1", "--employee")]
    public void Parse_BadCoachUsage_FailsNamingTheOption(string commandLine, string named)
    {
        Parse(commandLine).Error.Should().Contain(named);
    }

    [Fact]
    public async Task Help_ListsEveryCoachEdit()
    {
        var run = await SampleRun.RunAsync("coach", "--help");

        run.ExitCode.Should().Be(0);
        run.Output.Should().ContainAll("set-manager", "clear-manager", "add-team", "set-email", "deactivate", "--employee");
    }

    [Fact]
    public async Task RunAsync_EachEdit_IsStoredAsTheCoachs()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        await RunOkAsync("sync", Today);

        var manager = await CoachOkAsync("set-manager", "--employee", DemoOrganisation.UnknownManagerEmployeeId, "--manager", "1070");
        var team = await CoachOkAsync("add-team", "--employee", "1011", "--team", "t-web");
        var email = await CoachOkAsync("set-email", "--employee", "1082", "--email", "lea.vogel@northwind.example");
        var deactivated = await CoachOkAsync("deactivate", "--employee", "1012");
        var cleared = await CoachOkAsync("clear-manager", "--employee", "1013");

        manager.GetProperty("managerId").GetString().Should().Be("1070");
        manager.GetProperty("managerSetBySync").GetBoolean().Should().BeFalse();
        team.GetProperty("syncedTeamId").GetString().Should().Be("t-platform");
        team.GetProperty("coachTeamIds").EnumerateArray().Select(t => t.GetString()).Should().Equal("t-web");
        email.GetProperty("hasEmail").GetBoolean().Should().BeTrue();
        deactivated.GetProperty("active").GetBoolean().Should().BeFalse();
        deactivated.GetProperty("deactivatedBySync").GetBoolean().Should().BeFalse();
        cleared.GetProperty("managerId").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        (await UserAsync("1082")).Email.Should().Be("lea.vogel@northwind.example");
    }

    [Theory]
    [InlineData("set-manager", "--employee 4242 --manager 1070", "--employee", "4242")]
    [InlineData("set-manager", "--employee 1011 --manager 4242", "--manager", "4242")]
    [InlineData("add-team", "--employee 1011 --team t-nowhere", "--team", "t-nowhere")]
    [InlineData("deactivate", "--employee 4242", "--employee", "4242")]
    public async Task RunAsync_UnknownRecord_ExitsTwoNamingTheOptionAndWritesNothing(string edit, string options, string named, string id)
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        await RunOkAsync("sync", Today);
        var before = await LoadAsync();

        var run = await CoachAsync(edit, options.Split(' '));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(named).And.Contain(id);
        run.Output.Should().BeEmpty();
        (await LoadAsync()).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task RunAsync_NoDatabase_ExitsTwoNamingDb()
    {
        var run = await CoachAsync("deactivate", "--employee", "1011");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--db");
        File.Exists(DatabasePath).Should().BeFalse("a coach edit never creates a database");
    }
}
