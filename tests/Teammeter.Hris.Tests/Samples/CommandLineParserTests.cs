using Teammeter.Hris.Sample.CommandLine;

namespace Teammeter.Hris.Tests.Samples;

public sealed class CommandLineParserTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    private static CommandLineResult Parse(string commandLine, IReadOnlyDictionary<string, string>? environment = null) =>
        CommandLineParser.Parse(
            commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            name => (environment ?? NoEnvironment).GetValueOrDefault(name));

    [Fact]
    public void Parse_NoArguments_RunsTheDemoInItsOwnFolder()
    {
        var result = Parse("");

        result.Error.Should().BeNull();
        result.Options.Should().BeEquivalentTo(new SampleOptions
        {
            Command = SampleCommand.Demo,
            Tenant = SampleOptions.DemoTenant,
            ApideckUrl = new Uri("https://unify.apideck.com/"),
            ServiceId = "personio",
            DatabasePath = Path.Combine("teammeter-demo", "teammeter.db"),
            OutboxDirectory = Path.Combine("teammeter-demo", "outbox"),
        });
    }

    [Fact]
    public void Parse_CommandWithoutDbOrOutbox_UsesTheDocumentedDefaults()
    {
        var options = Parse("sync --tenant acme --app-id app --api-key key").Options!;

        options.DatabasePath.Should().Be("teammeter-sample.db");
        options.OutboxDirectory.Should().Be("outbox");
    }

    [Theory]
    [InlineData("demo", "Demo")]
    [InlineData("connect", "Connect")]
    [InlineData("status", "Status")]
    [InlineData("plan", "Plan")]
    [InlineData("sync", "Sync")]
    [InlineData("release-invitations", "ReleaseInvitations")]
    [InlineData("approve-deactivations", "ApproveDeactivations")]
    public void Parse_EachCommand_IsRecognised(string command, string expected)
    {
        Parse($"{command} --tenant acme --app-id app --api-key key").Options!.Command.Should().Be(Enum.Parse<SampleCommand>(expected));
    }

    [Fact]
    public void Parse_EveryOption_IsRead()
    {
        var result = Parse("sync --tenant acme --apideck-url http://127.0.0.1:5000 --app-id app --api-key secret --service-id personio-v2 --db x.db --outbox=mail --today 2026-11-25 --json");

        result.Options.Should().BeEquivalentTo(new SampleOptions
        {
            Command = SampleCommand.Sync,
            Tenant = "acme",
            ApideckUrl = new Uri("http://127.0.0.1:5000"),
            AppId = "app",
            ApiKey = "secret",
            ServiceId = "personio-v2",
            DatabasePath = "x.db",
            OutboxDirectory = "mail",
            Today = new DateOnly(2026, 11, 25),
            Json = true,
        });
        Parse("plan --tenant acme --app-id app --api-key key --verbose").Options!.Verbose.Should().BeTrue();
    }

    [Fact]
    public void Parse_CredentialsFromEnvironment_AreUsed()
    {
        var environment = new Dictionary<string, string> { ["APIDECK_APP_ID"] = "env-app", ["APIDECK_API_KEY"] = "env-key" };

        var options = Parse("plan --tenant acme", environment).Options!;

        options.AppId.Should().Be("env-app");
        options.ApiKey.Should().Be("env-key");
        Parse("plan --tenant acme --app-id cli-app", environment).Options!.AppId.Should().Be("cli-app");
    }

    [Theory]
    [InlineData("sync --app-id a --api-key k", "'--tenant'")]
    [InlineData("sync --tenant acme --api-key k", "'--app-id'")]
    [InlineData("sync --tenant acme --app-id a", "'--api-key'")]
    [InlineData("sync --tenant", "'--tenant'")]
    [InlineData("sync --tenant --json", "'--tenant'")]
    [InlineData("demo --today 25.11.2026", "'--today'")]
    [InlineData("demo --apideck-url not-a-url", "'--apideck-url'")]
    [InlineData("demo --apideck-url ftp://x", "'--apideck-url'")]
    [InlineData("demo --frobnicate", "'--frobnicate'")]
    [InlineData("demo --db a --db b", "'--db'")]
    [InlineData("demo --json=yes", "'yes'")]
    [InlineData("launch", "'launch'")]
    [InlineData("sync plan", "'plan'")]
    [InlineData("serve --app-id a --api-key k", "'--tenants'")]
    [InlineData("serve --tenants t.json --app-id a --api-key k --scheduler cron", "'--scheduler'")]
    [InlineData("serve --tenants t.json --app-id a --api-key k --scheduler quartz", "'--quartz-postgres'")]
    [InlineData("serve --tenants t.json --app-id a --api-key k --quartz-postgres Host=db", "'--quartz-postgres'")]
    [InlineData("serve --tenants t.json --app-id a --api-key k --run-for 0", "'--run-for'")]
    [InlineData("serve --tenants t.json --app-id a --api-key k --run-for 1.5", "'--run-for'")]
    [InlineData("serve --tenants t.json --app-id a --api-key k --run-for 4233601", "4233600")]
    [InlineData("serve --tenants t.json --app-id a --api-key k --run-for 4294968", "4233600")]
    [InlineData("serve --tenants t.json --app-id a --api-key k --tenant acme", "'--tenant'")]
    [InlineData("sync --tenant acme --app-id a --api-key k --node n1", "'--node'")]
    public void Parse_BadUsage_FailsNamingTheOption(string commandLine, string named)
    {
        var result = Parse(commandLine);

        result.Options.Should().BeNull();
        result.Error.Should().Contain(named);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("4233600", 4_233_600)]
    public void Parse_RunForAtItsBounds_IsAccepted(string seconds, int expected)
    {
        var options = Parse($"serve --tenants t.json --app-id a --api-key k --run-for {seconds}").Options;

        options.Should().NotBeNull();
        options!.RunFor.Should().Be(TimeSpan.FromSeconds(expected));
    }

    [Fact]
    public void Parse_BadUsage_NeverEchoesTheApiKey()
    {
        var result = Parse("sync --api-key s3cr3t-value --api-key s3cr3t-value");

        result.Error.Should().NotBeNull().And.NotContain("s3cr3t-value");
        Parse("sync --tenant a --app-id a --api-key s3cr3t-value").Options!.ToString().Should().NotContain("s3cr3t-value");
    }

    [Fact]
    public void Parse_ServeWithQuartz_ReadsTheSchedulerOptions()
    {
        var options = Parse("serve --tenants t.json --app-id a --api-key k --scheduler quartz --quartz-postgres Host=db;Password=secret --node n1 --run-for 90").Options!;

        options.Command.Should().Be(SampleCommand.Serve);
        options.TenantsFile.Should().Be("t.json");
        options.Scheduler.Should().Be(SchedulerKind.Quartz);
        options.QuartzPostgres.Should().Be("Host=db;Password=secret");
        options.Node.Should().Be("n1");
        options.RunFor.Should().Be(TimeSpan.FromSeconds(90));
        options.ToString().Should().NotContain("secret", "a connection string may carry a password");
    }

    [Fact]
    public void Parse_ServeWithoutScheduler_UsesTheBuiltInOneUntilStopped()
    {
        var options = Parse("serve --tenants t.json --app-id a --api-key k").Options!;

        options.Scheduler.Should().Be(SchedulerKind.Builtin);
        options.RunFor.Should().BeNull();
        options.Node.Should().Be(Environment.MachineName);
    }
}
