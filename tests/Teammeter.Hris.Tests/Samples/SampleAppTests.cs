using System.Text.Json;
using Teammeter.Hris.Sample.ApideckServer;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>The sample's commands end to end: its host composition against the embedded Apideck server and SQLite.</summary>
public sealed class SampleAppTests : EmbeddedApideckTests
{
    private const string Tenant = "acme";
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public async Task RunAsync_SyncReleaseNextDaySync_ConvergesAndInvitesEachPersonOnce()
    {
        var personio = Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));

        var initial = (await RunOkAsync("sync", Today)).Json();
        var release = (await RunOkAsync("release-invitations", Today)).Json();
        var invitable = InvitableEmails(personio, Today);
        var changes = DemoOrganisation.ApplyNextDay(personio, Today.AddDays(1));
        var nextDay = (await RunOkAsync("sync", Today.AddDays(1))).Json();
        var repeat = (await RunOkAsync("sync", Today.AddDays(1))).Json();

        initial.GetProperty("initialSync").GetBoolean().Should().BeTrue();
        initial.GetProperty("applied").GetBoolean().Should().BeTrue();
        Types(initial).Should().Contain("CreateUser").And.NotContain("SendInvitation");
        initial.GetProperty("counts").GetProperty("CreateUser").GetInt32().Should().Be(Types(initial).Count(t => t == "CreateUser"));
        nextDay.GetProperty("initialSync").GetBoolean().Should().BeFalse();
        Operations(nextDay).Should().Contain(("CreateUser", changes.HireId))
            .And.Contain(("DeactivateUser", changes.LeaverId))
            .And.Contain(("SendInvitation", changes.HireId));
        nextDay.GetProperty("operations").EnumerateArray()
            .Should().Contain(o => o.GetProperty("type").GetString() == "RenameTeam" && o.GetProperty("teamId").GetString() == changes.RenamedTeamId);
        repeat.GetProperty("operations").GetArrayLength().Should().Be(0);
        repeat.GetProperty("applied").GetBoolean().Should().BeFalse();

        var sent = release.GetProperty("sent").GetInt32() + nextDay.GetProperty("invitationsSent").GetInt32();
        var recipients = Directory.GetFiles(Temp.File("outbox"), "*.eml").Select(Recipient).ToList();
        recipients.Should().HaveCount(sent).And.OnlyHaveUniqueItems();
        invitable.Add(WorkEmail(personio.Find(changes.HireId)!)!);
        recipients.Should().BeSubsetOf(invitable);
    }

    [Fact]
    public async Task RunAsync_PlanWithJson_PrintsOnlyJsonAndWritesNothing()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));

        var first = await RunOkAsync("plan", Today);
        var second = await RunOkAsync("plan", Today);

        var plan = first.Json();
        plan.GetProperty("tenant").GetString().Should().Be(Tenant);
        plan.GetProperty("held").GetArrayLength().Should().Be(0);
        plan.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString())
            .Should().Contain(["MissingEmail", "DuplicateEmail", "UnknownManager"]);
        plan.TryGetProperty("applied", out _).Should().BeFalse("plan never applies");
        second.Json().GetProperty("initialSync").GetBoolean().Should().BeTrue("a plan writes nothing");
        second.Json().GetProperty("planId").GetString().Should().NotBe(plan.GetProperty("planId").GetString(), "every plan has its own id");
        WithoutPlanId(second.Output).Should().Be(WithoutPlanId(first.Output), "equal inputs give an equal plan");
    }

    private static string WithoutPlanId(string output) => System.Text.RegularExpressions.Regex.Replace(output, "\"planId\": \"[0-9a-f]+\"", string.Empty);

    [Fact]
    public async Task RunAsync_ConnectThenStatus_PrintsTheVaultLinkAndConnectedOnceUsed()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today), VaultConnectionState.Available);

        var before = (await RunOkAsync("status", Today)).Json();
        var link = (await RunOkAsync("connect", Today)).Json();
        using (var browser = new HttpClient())
        {
            (await browser.GetAsync(new Uri(link.GetProperty("url").GetString()!))).EnsureSuccessStatusCode();
        }

        var after = (await RunOkAsync("status", Today)).Json();

        before.GetProperty("connected").GetBoolean().Should().BeFalse();
        link.GetProperty("url").GetString().Should().StartWith(Server.BaseAddress.AbsoluteUri);
        after.GetProperty("connected").GetBoolean().Should().BeTrue();
        after.GetProperty("state").GetString().Should().Be(HrisConnectionStatus.CallableState);
    }

    [Fact]
    public async Task RunAsync_TenantNotConnected_ExitsThreeAndWritesNothing()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today), VaultConnectionState.Available);

        var run = await SampleRun.RunAsync(Args("sync", Today));

        run.ExitCode.Should().Be(3);
        run.Error.Should().Contain("HR source failed").And.Contain("Nothing was written");
        run.Output.Should().BeEmpty();
        Server.Tenants[Tenant].ConnectionState = VaultConnectionState.Callable;
        (await RunOkAsync("plan", Today)).Json().GetProperty("initialSync").GetBoolean().Should().BeTrue("the failed run wrote nothing");
    }

    [Fact]
    public async Task RunAsync_ThrottledWithMillisecondEpochReset_ExitsThreeNotOne()
    {
        // A millisecond epoch in x-downstream-ratelimit-reset crashed the run with ArgumentOutOfRangeException (exit 1).
        // Now it is no hint: the client backs off, and when Apideck keeps throttling the run fails as a source failure.
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        var millisecondEpoch = DateTimeOffset.UtcNow.AddSeconds(30).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Server.Faults.Enqueue("/hris/employees", ScriptedFault.Status(429, "ConnectorRateLimitError", new Dictionary<string, string> { ["x-downstream-ratelimit-reset"] = millisecondEpoch }));
        Server.Faults.Enqueue("/hris/employees", ScriptedFault.RateLimited(3600));

        var run = await SampleRun.RunAsync(Args("sync", Today));

        run.ExitCode.Should().Be(3, run.Error);
        run.Error.Should().Contain("HR source failed").And.Contain("throttling").And.NotContain("ArgumentOutOfRange");
        Server.Counters.RequestsFor("/hris/employees").Should().Be(2);
    }

    [Fact]
    public async Task RunAsync_MassDeactivation_IsHeldUntilApproveDeactivations()
    {
        var personio = Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        await RunOkAsync("sync", Today);
        var leaving = personio.Employees.Take(40).Select(e => e.Id).ToHashSet();
        personio.UpdateWhere(e => leaving.Contains(e.Id), e => e with { EmploymentStatus = "terminated" });

        var held = (await RunOkAsync("sync", Today)).Json();
        var approved = (await RunOkAsync("approve-deactivations", Today)).Json();
        var after = (await RunOkAsync("plan", Today)).Json();

        held.GetProperty("held").EnumerateArray().Select(o => o.GetProperty("type").GetString()).Should().OnlyContain(t => t == "DeactivateUser").And.NotBeEmpty();
        Types(held).Should().NotContain("DeactivateUser");
        held.GetProperty("warnings").EnumerateArray().Should().Contain(w => w.GetProperty("code").GetString() == "MassDeactivationHeld");
        approved.GetProperty("applied").EnumerateArray().Count(o => o.GetProperty("type").GetString() == "DeactivateUser").Should().Be(held.GetProperty("held").GetArrayLength());
        after.GetProperty("held").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("sync --app-id app-1 --api-key key-1", "--tenant")]
    [InlineData("sync --tenant acme --app-id app-1", "--api-key")]
    [InlineData("sync --tenant acme --app-id app-1 --api-key key-1 --today 25.11.2026", "--today")]
    [InlineData("sync --tenant acme --app-id app-1 --api-key key-1 --apideck-url not-a-url", "--apideck-url")]
    [InlineData("frobnicate", "frobnicate")]
    public async Task RunAsync_BadUsage_ExitsTwoNamingTheProblem(string commandLine, string named)
    {
        var run = await SampleRun.RunAsync(commandLine.Split(' '));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(named);
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public async Task RunAsync_PlainHttpToARemoteHost_ExitsTwoNamingTheOption()
    {
        var run = await SampleRun.RunAsync("plan", "--tenant", Tenant, "--app-id", "app-1", "--api-key", SampleRun.ApiKey, "--apideck-url", "http://apideck.example.com", "--db", Temp.File("x.db"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("ApideckBaseAddress").And.Contain("HTTPS");
    }

    private async Task<SampleRun> RunOkAsync(string command, DateOnly today)
    {
        var run = await SampleRun.RunAsync(Args(command, today));
        run.ExitCode.Should().Be(0, run.Error);
        return run;
    }

    private string[] Args(string command, DateOnly today) =>
    [
        command, "--tenant", Tenant, "--apideck-url", Server.BaseAddress.AbsoluteUri, "--app-id", "app-1", "--api-key", SampleRun.ApiKey,
        "--db", Temp.File("teammeter.db"), "--outbox", Temp.File("outbox"), "--today", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "--json",
    ];

    private static List<string?> Types(JsonElement report) =>
        [.. report.GetProperty("operations").EnumerateArray().Select(o => o.GetProperty("type").GetString())];

    private static List<(string?, string?)> Operations(JsonElement report) =>
        [.. report.GetProperty("operations").EnumerateArray().Select(o => (o.GetProperty("type").GetString(), o.TryGetProperty("employeeId", out var id) ? id.GetString() : null))];

    private static string Recipient(string emlFile) => MimeKit.MimeMessage.Load(emlFile).To.Mailboxes.Single().Address;

    /// <summary>Work emails of people who may be invited: active, started, not left, and not sharing their email.</summary>
    private static HashSet<string> InvitableEmails(ApideckTenant personio, DateOnly today)
    {
        var unique = personio.Employees.Where(e => WorkEmail(e) is not null).GroupBy(e => WorkEmail(e), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() == 1).Select(g => g.Single());
        return unique
            .Where(e => e.EmploymentStatus == "active" && (e.StartDate is null || e.StartDate <= today) && (e.EndDate is null || e.EndDate > today))
            .Select(e => WorkEmail(e)!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The email the package picks (docs/personio-setup.md): work, then primary, then the first one.</summary>
    private static string? WorkEmail(ApideckEmployee employee) =>
        (employee.Emails.FirstOrDefault(e => e.Type == "work") ?? employee.Emails.FirstOrDefault(e => e.Type == "primary") ?? employee.Emails.FirstOrDefault())?.Email;
}
