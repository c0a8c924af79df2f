using System.Text.Json;
using Teammeter.Hris.Sample;
using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Sample.CommandLine;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>
/// Issue 17 through the sample's command line: approve and reject exactly what was reviewed, the admin told once,
/// the run history, and a release that fails half-way resumes without inviting anyone twice.
/// </summary>
public sealed class SampleReviewTests : SampleCommandLineTests
{
    private const string Admin = "admin@acme.example";

    [Fact]
    public async Task Approve_AfterHrChanged_AppliesOnlyTheReviewedOperationsThatStillHold()
    {
        var (personio, planId, held) = await HoldMassDeactivationAsync();
        var back = held[0];
        personio.Update(back, e => e with { EmploymentStatus = "active" });
        var late = personio.Employees.Skip(40)
            .First(e => e.EmploymentStatus == "active" && e.EndDate is null && e.Emails.Count > 0 && !DemoOrganisation.DuplicateEmailIds.Contains(e.Id)).Id;
        personio.Update(late, e => e with { EmploymentStatus = "terminated" });

        var result = await RunOkAsync("approve", Today, "--plan", planId);

        result.GetProperty("planId").GetString().Should().Be(planId);
        Operations(result, "applied").Should().BeEquivalentTo(held.Skip(1).Select(id => ("DeactivateUser", id)));
        Operations(result, "dropped").Should().Equal([("DeactivateUser", back)], "the person is back in HR: the reason no longer holds");
        Operations(result, "held").Should().BeEmpty();
        var state = await LoadAsync();
        state.Users.Single(u => u.EmployeeId == back).IsActive.Should().BeTrue();
        state.Users.Single(u => u.EmployeeId == late).IsActive.Should().BeTrue("nobody reviewed that deactivation");
        state.Users.Where(u => held.Skip(1).Contains(u.EmployeeId)).Should().OnlyContain(u => !u.IsActive);
    }

    [Fact]
    public async Task Approve_Only_AppliesThoseAndLeavesTheRestHeld()
    {
        var (_, planId, held) = await HoldMassDeactivationAsync();

        var result = await RunOkAsync("approve", Today, "--plan", planId, "--only", $"{held[0]},{held[1]}");
        var again = await RunAsync("approve", Today, "--plan", planId, "--only", held[0]);

        Operations(result, "applied").Should().BeEquivalentTo([("DeactivateUser", held[0]), ("DeactivateUser", held[1])]);
        Operations(result, "held").Should().HaveCount(held.Count - 2);
        again.ExitCode.Should().Be(ExitCodes.Usage, "an approved operation is no longer pending");
        again.Error.Should().Contain("--only").And.Contain(held[0]);
        (await UserAsync(held[2])).IsActive.Should().BeTrue();
    }

    [Theory]
    [InlineData("approve", "--plan no-such-plan", "no-such-plan")]
    [InlineData("reject", "--plan no-such-plan", "no-such-plan")]
    [InlineData("approve", "--plan {plan} --only 4242", "4242")]
    [InlineData("reject", "--plan {plan} --only 4242", "4242")]
    public async Task Decide_UnknownPlanOrNothingHeld_ExitsTwoNamingItAndWritesNothing(string command, string options, string named)
    {
        var (_, planId, _) = await HoldMassDeactivationAsync();
        var before = await LoadAsync();

        var run = await RunAsync(command, Today, options.Replace("{plan}", planId, StringComparison.Ordinal).Split(' '));

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain(named);
        run.Output.Should().BeEmpty();
        (await LoadAsync()).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task Reject_ThenSync_IsNotProposedAgainUntilHrChangesThatPerson()
    {
        var (personio, planId, held) = await HoldMassDeactivationAsync();
        var kept = held[0];

        var rejected = await RunOkAsync("reject", Today, "--plan", planId, "--only", kept);
        var next = await RunOkAsync("sync", Today);
        personio.Update(kept, e => e with { Title = "Interim Lead" });
        var changed = await RunOkAsync("sync", Today);

        Operations(rejected, "rejected").Should().Equal([("DeactivateUser", kept)]);
        Operations(rejected, "held").Should().HaveCount(held.Count - 1);
        Operations(next, "held").Should().NotContain(("DeactivateUser", kept)).And.Contain(("DeactivateUser", held[1]));
        Operations(changed, "held").Should().Contain(("DeactivateUser", kept), "HR changed that person: the proposal is new");
        (await UserAsync(kept)).IsActive.Should().BeTrue();
    }

    [Fact]
    public async Task Sync_HoldingOperationsWithAdminEmail_WritesOneAdminMessageAndNoneForTheSameHeldSet()
    {
        var personio = Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        await RunOkAsync("sync", Today, "--admin-email", Admin);
        var invitations = Recipients();
        AdminMessages().Should().BeEmpty("nothing needed the admin");
        Terminate(personio);

        var held = await RunOkAsync("sync", Today, "--admin-email", Admin);
        var repeat = await RunOkAsync("sync", Today, "--admin-email", Admin);

        repeat.GetProperty("held").GetArrayLength().Should().Be(held.GetProperty("held").GetArrayLength());
        var message = AdminMessages().Should().ContainSingle().Subject;
        var headers = File.ReadLines(message).TakeWhile(l => l.Length > 0).ToList();
        headers.Should().Contain($"To: {Admin}");
        headers.Should().ContainSingle(h => h.StartsWith("Subject: ", StringComparison.Ordinal))
            .Which.Should().Contain(Tenant).And.Contain("approval");
        headers.Should().Contain($"X-Teammeter-Plan-Id: {held.GetProperty("planId").GetString()}");
        Recipients().Should().BeEquivalentTo(invitations, "the admin's message is no invitation");
    }

    [Fact]
    public async Task History_ListsTheRunsNewestFirstWithTheirTriggers()
    {
        var personio = Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        var initial = await RunOkAsync("sync", Today);
        await RunOkAsync("plan", Today);
        Terminate(personio);
        var held = await RunOkAsync("sync", Today);
        await RunOkAsync("reject", Today, "--plan", held.GetProperty("planId").GetString()!);

        var history = await SampleRun.RunAsync("history", "--tenant", Tenant, "--db", DatabasePath, "--json");
        var text = await SampleRun.RunAsync("history", "--tenant", Tenant, "--db", DatabasePath);

        history.ExitCode.Should().Be(0, history.Error);
        var runs = history.Json().EnumerateArray().ToList();
        runs.Select(r => r.GetProperty("kind").GetString()).Should().Equal("Reject", "Sync", "Plan", "Sync");
        runs.Should().OnlyContain(r => r.GetProperty("trigger").GetString() == "Manual" && r.GetProperty("outcome").GetString() == "Succeeded");
        runs.Should().OnlyContain(r => r.GetProperty("tenant").GetString() == Tenant && r.GetProperty("error").ValueKind == JsonValueKind.Null);
        runs.Select(r => r.GetProperty("startedAt").GetDateTimeOffset()).Should().BeInDescendingOrder();
        runs[1].GetProperty("planId").GetString().Should().Be(held.GetProperty("planId").GetString());
        runs[1].GetProperty("held").GetInt32().Should().Be(held.GetProperty("held").GetArrayLength());
        runs[3].GetProperty("planId").GetString().Should().Be(initial.GetProperty("planId").GetString());
        runs[3].GetProperty("counts").GetProperty("applied").GetInt32().Should().Be(initial.GetProperty("appliedOperations").GetInt32());
        text.Output.Should().Contain("newest first").And.Contain("Reject").And.Contain("Manual");
    }

    [Fact]
    public async Task History_NoDatabase_ExitsTwoNamingDb()
    {
        var run = await SampleRun.RunAsync("history", "--tenant", Tenant, "--db", DatabasePath);

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Error.Should().Contain("--db");
        File.Exists(DatabasePath).Should().BeFalse();
    }

    [Fact]
    public async Task Sync_TextOutput_NamesThePlanAndEachHeldOperationsWhy()
    {
        var (_, planId, held) = await HoldMassDeactivationAsync();

        var run = await SampleRun.RunAsync(
            "plan", "--tenant", Tenant, "--apideck-url", Server.BaseAddress.AbsoluteUri, "--app-id", "app-1", "--api-key", SampleRun.ApiKey,
            "--db", DatabasePath, "--outbox", Outbox, "--today", "2026-11-25");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("(plan ").And.Contain("HELD for approval")
            .And.Contain(held[0]).And.Contain("Personio: status terminated").And.Contain("approve --plan ");
        planId.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task ReleaseInvitations_SenderFailsHalfWay_NextSyncSendsTheRestAndNobodyTwice()
    {
        var personio = Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        await RunOkAsync("sync", Today);
        var users = (await LoadAsync()).Users;
        var invitable = personio.Employees
            .Where(e => e.EmploymentStatus == "active" && e.StartDate <= Today && e.EndDate is null && !DemoOrganisation.DuplicateEmailIds.Contains(e.Id))
            .Select(e => e.Id)
            .Where(id => users.Any(u => u.EmployeeId == id && u.IsActive && u.Email is not null))
            .ToList();
        var blocked = invitable[invitable.Count / 2];

        // A folder where the blocked person's .eml must go: the outbox "disk" refuses that one file, half-way through.
        var blocker = new EmlInvitationSender(Outbox).PathFor($"invite:{Tenant}:{blocked}");
        Directory.CreateDirectory(blocker);
        var failed = await RunAsync("release-invitations", Today);
        var sentBeforeFailure = Recipients();
        Directory.Delete(blocker);
        await RunOkAsync("sync", Today);
        var resumed = Recipients();
        var again = await RunOkAsync("release-invitations", Today);

        failed.ExitCode.Should().Be(ExitCodes.Failure);
        failed.Error.Should().Contain("sync failed while writing");
        sentBeforeFailure.Should().NotBeEmpty("the sender failed half-way, not at the start");
        resumed.Should().HaveCountGreaterThan(sentBeforeFailure.Count, "the pending release resumes on the next run");
        again.GetProperty("sent").GetInt32().Should().Be(0);
        var state = await LoadAsync();
        Recipients().Should().OnlyHaveUniqueItems().And.HaveCount(state.Users.Count(u => u.IsInvited)).And.Contain(sentBeforeFailure);
        state.Users.Single(u => u.EmployeeId == blocked).IsInvited.Should().BeTrue();
    }

    [Theory]
    [InlineData("approve --tenant acme --app-id a --api-key k", "--plan")]
    [InlineData("reject --tenant acme --app-id a --api-key k --only 1", "--plan")]
    [InlineData("sync --tenant acme --app-id a --api-key k --plan p1", "--plan")]
    [InlineData("sync --tenant acme --app-id a --api-key k --only 1", "--only")]
    [InlineData("approve --tenant acme --app-id a --api-key k --plan p1 --only 1,,2", "--only")]
    [InlineData("sync --tenant acme --app-id a --api-key k --admin-email nobody", "--admin-email")]
    [InlineData("history --tenant acme --admin-email a@b.example", "--admin-email")]
    [InlineData("history", "--tenant")]
    public void Parse_BadReviewUsage_FailsNamingTheOption(string commandLine, string named)
    {
        CommandLineParser.Parse(commandLine.Split(' '), _ => null).Error.Should().Contain(named);
    }

    [Fact]
    public void Parse_ApproveAndHistory_ReadTheirOptions()
    {
        var approve = CommandLineParser.Parse("approve --tenant acme --app-id a --api-key k --plan p1 --only 1,2,1 --admin-email a@b.example".Split(' '), _ => null);
        var history = CommandLineParser.Parse(["history", "--tenant", "acme", "--db", "x.db"], _ => null);

        approve.Error.Should().BeNull();
        approve.Options!.Should().Match<SampleOptions>(o => o.Command == SampleCommand.Approve && o.PlanId == "p1" && o.AdminEmail == "a@b.example");
        approve.Options!.Only.Should().Equal("1", "2");
        history.Error.Should().BeNull("the history needs no Apideck credentials");
        history.Options!.Command.Should().Be(SampleCommand.History);
    }

    /// <summary>Syncs the demo organisation, then terminates 40 people: the guard holds their deactivations.</summary>
    private async Task<(ApideckTenant Personio, string PlanId, List<string> Held)> HoldMassDeactivationAsync()
    {
        var personio = Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        await RunOkAsync("sync", Today);
        Terminate(personio);
        var report = await RunOkAsync("sync", Today);
        var held = Operations(report, "held").Where(o => o.Type == "DeactivateUser").Select(o => o.EmployeeId!).ToList();
        held.Should().HaveCountGreaterThan(3);
        Warnings(report, "MassDeactivationHeld").Should().ContainSingle();
        return (personio, report.GetProperty("planId").GetString()!, held);
    }

    private static void Terminate(ApideckTenant personio)
    {
        var leaving = personio.Employees.Take(40).Select(e => e.Id).ToHashSet();
        personio.UpdateWhere(e => leaving.Contains(e.Id), e => e with { EmploymentStatus = "terminated" });
    }
}
