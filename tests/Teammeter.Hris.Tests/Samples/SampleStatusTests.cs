using System.Globalization;
using System.Text.Json;
using Teammeter.Hris.Sample.ApideckServer;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>The sample's <c>status</c> command against the embedded server, for each Vault state and the switch.</summary>
public sealed class SampleStatusTests : EmbeddedApideckTests
{
    private const string Tenant = "acme";
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [InlineData(VaultConnectionState.Available, true, "available", false, "Available")]
    [InlineData(VaultConnectionState.Added, true, "added", true, "Added")]
    [InlineData(VaultConnectionState.Authorized, true, "authorized", true, "Authorized")]
    [InlineData(VaultConnectionState.Invalid, true, "invalid", true, "Invalid")]
    [InlineData(VaultConnectionState.Callable, false, "callable", false, "Disabled")]
    public async Task Status_NotConnected_JsonNamesTheReasonAndTheNextStep(VaultConnectionState state, bool switchedOn, string vaultState, bool servedEnabled, string reason)
    {
        var tenant = Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today), state);
        tenant.ConnectionEnabled = switchedOn;

        var status = (await RunOkAsync(json: true)).Json();

        status.GetProperty("tenant").GetString().Should().Be(Tenant);
        status.GetProperty("serviceId").GetString().Should().Be("personio");
        status.GetProperty("state").GetString().Should().Be(vaultState);
        status.GetProperty("enabled").GetBoolean().Should().Be(servedEnabled);
        status.GetProperty("connected").GetBoolean().Should().BeFalse();
        status.GetProperty("reason").GetString().Should().Be(reason);
        status.GetProperty("nextStep").GetString().Should().NotBeNullOrWhiteSpace();
        status.GetProperty("missingAttributes").GetArrayLength().Should().Be(0);
        Server.Counters.RequestsFor("/hris/employees").Should().Be(0, "a connection that is not usable is not read");
    }

    [Theory]
    [InlineData(VaultConnectionState.Added, true, "NOT CONNECTED (added, switched on)", "has not entered the Personio credentials")]
    [InlineData(VaultConnectionState.Invalid, true, "NOT CONNECTED (invalid, switched on)", "creates a new API credential in Personio")]
    [InlineData(VaultConnectionState.Callable, false, "NOT CONNECTED: switched off in Vault (callable, switched off)", "turns the switch on")]
    public async Task Status_NotConnected_TextSaysWhatIsWrongAndWhatToDo(VaultConnectionState state, bool switchedOn, string summary, string nextStep)
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today), state).ConnectionEnabled = switchedOn;

        var output = (await RunOkAsync(json: false)).Output;

        output.Should().Contain($"{Tenant}: personio is {summary}")
            .And.Contain($"next step: ").And.Contain(nextStep)
            .And.Contain("connect --tenant acme");
        output.Should().NotContain("is CONNECTED");
    }

    [Fact]
    public async Task Status_CallableAndSwitchedOn_PrintsConnectedAfterOneSmallPage()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));

        var text = (await RunOkAsync(json: false)).Output;
        var json = (await RunOkAsync(json: true)).Json();

        text.Should().Contain($"{Tenant}: personio is CONNECTED (callable, switched on)").And.Contain("Nothing to do").And.NotContain("connect --tenant");
        json.GetProperty("connected").GetBoolean().Should().BeTrue();
        json.GetProperty("reason").GetString().Should().Be("Connected");
        json.GetProperty("missingAttributes").GetArrayLength().Should().Be(0);
        json.TryGetProperty("readError", out _).Should().BeFalse();
        Server.Counters.RequestsFor("/hris/employees").Should().Be(2, "each status run reads exactly one page");
    }

    [Fact]
    public async Task Status_AfterASync_ReportsTheLastSuccessfulSyncFromTheHistory()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));

        var before = (await RunOkAsync(json: true)).Json();
        var sync = await SampleRun.RunAsync(Args("sync", json: true));
        var after = (await RunOkAsync(json: true)).Json();
        var text = (await RunOkAsync(json: false)).Output;

        sync.ExitCode.Should().Be(0, sync.Error);
        before.GetProperty("lastSuccessfulSync").ValueKind.Should().Be(JsonValueKind.Null);
        DateOnly.FromDateTime(after.GetProperty("lastSuccessfulSync").GetDateTimeOffset().UtcDateTime).Should().Be(Today, "--today shifts the sample's clock");
        after.GetProperty("nextScheduledRun").ValueKind.Should().Be(JsonValueKind.Null, "no scheduled run yet: nothing to go by");
        text.Should().Contain("last successful sync: 20");
    }

    [Fact]
    public async Task Status_CredentialWithoutEmailAndHireDate_NamesTheMissingAttributes()
    {
        var personio = Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        personio.UpdateWhere(_ => true, e => e with { Emails = [], StartDate = null });

        var json = (await RunOkAsync(json: true)).Json();
        var text = (await RunOkAsync(json: false)).Output;

        json.GetProperty("connected").GetBoolean().Should().BeTrue();
        json.GetProperty("reason").GetString().Should().Be("MissingAttributes");
        json.GetProperty("missingAttributes").EnumerateArray().Select(a => a.GetString()).Should().Equal("Email", "Hire date");
        json.GetProperty("nextStep").GetString().Should().Contain("Email, Hire date");
        text.Should().Contain("CONNECTED (callable, switched on), but attributes are missing: Email, Hire date");
    }

    [Fact]
    public async Task Status_NoConnectionAtAll_SaysNotSetUpAndSendsToConnect()
    {
        Server.Faults.Enqueue("/vault/connections/hris/personio", ScriptedFault.Status(404, "ConnectionNotFoundError"));

        var text = (await RunOkAsync(json: false)).Output;

        text.Should().Contain("not set up yet").And.Contain("setup link").And.Contain("connect --tenant acme");
    }

    [Fact]
    public async Task Status_UnknownVaultState_ReportsItWithoutFailing()
    {
        const string Body = """{"status_code":200,"status":"OK","data":{"service_id":"personio","state":"pending_review","enabled":true}}""";
        Server.Faults.Enqueue("/vault/connections/hris/personio", ScriptedFault.Raw(200, "application/json", Body));

        var json = (await RunOkAsync(json: true)).Json();

        json.GetProperty("connected").GetBoolean().Should().BeFalse();
        json.GetProperty("state").GetString().Should().Be("pending_review");
        json.GetProperty("reason").GetString().Should().Be("UnknownState");
        json.GetProperty("nextStep").GetString().Should().Contain("pending_review");
    }

    [Fact]
    public async Task Status_EmployeesReadFails_KeepsTheVaultStateAndSaysSo()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        Server.Faults.Enqueue("/hris/employees", ScriptedFault.Status(403, "ConnectorCredentialsError"));

        var json = (await RunOkAsync(json: true)).Json();

        json.GetProperty("state").GetString().Should().Be("callable");
        json.GetProperty("enabled").GetBoolean().Should().BeTrue();
        json.GetProperty("reason").GetString().Should().Be("ReadFailed");
        json.GetProperty("readError").GetString().Should().Contain("403");
    }

    [Fact]
    public async Task Status_SwitchedOffThenAdminUsesTheSetupLink_BecomesConnected()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today)).ConnectionEnabled = false;
        var before = (await RunOkAsync(json: true)).Json();
        var link = (await SampleRun.RunAsync(Args("connect", json: true))).Json();
        using (var browser = new HttpClient())
        {
            (await browser.GetAsync(new Uri(link.GetProperty("url").GetString()!))).EnsureSuccessStatusCode();
        }

        var after = (await RunOkAsync(json: true)).Json();

        before.GetProperty("reason").GetString().Should().Be("Disabled");
        after.GetProperty("reason").GetString().Should().Be("Connected");
        after.GetProperty("connected").GetBoolean().Should().BeTrue();
    }

    private async Task<SampleRun> RunOkAsync(bool json)
    {
        var run = await SampleRun.RunAsync(Args("status", json));
        run.ExitCode.Should().Be(0, run.Error);
        if (json)
        {
            var act = () => JsonDocument.Parse(run.Output).Dispose();
            act.Should().NotThrow("--json prints one JSON document and nothing else");
        }

        return run;
    }

    private string[] Args(string command, bool json) =>
    [
        command, "--tenant", Tenant, "--apideck-url", Server.BaseAddress.AbsoluteUri, "--app-id", "app-1", "--api-key", SampleRun.ApiKey,
        "--db", Temp.File("teammeter.db"), "--outbox", Temp.File("outbox"), "--today", Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        .. json ? ["--json"] : Array.Empty<string>(),
    ];
}
