using Teammeter.Hris.Sample.ApideckServer;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>
/// Issue 16 through the sample's command line: the sync never harms a person on its own. Each case is a customer's
/// story against the embedded server: a wrong connection, a coach's edits, a recycled email, a vanished record.
/// </summary>
public sealed class SampleTrustTests : SampleCommandLineTests
{
    private const string Sister = "fabrikam";

    [Theory]
    [InlineData("misrouted consumer id")]
    [InlineData("re-authorised with the sister's Personio")]
    public async Task Sync_WrongConnectionAfterRelease_WritesNothingAndInvitesNobody(string how)
    {
        var personio = Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        await RunOkAsync("sync", Today);
        await RunOkAsync("release-invitations", Today);
        var before = await LoadAsync();
        var invited = Recipients();
        if (how.StartsWith("misrouted", StringComparison.Ordinal))
        {
            Server.Tenants.Add(Sister, SisterOrganisation.Create(Today));
            Server.Tenants.ServeAs(Tenant, Sister);
        }
        else
        {
            personio.ReplaceEmployees(SisterOrganisation.Create(Today));
        }

        var report = await RunOkAsync("sync", Today.AddDays(1));

        Warnings(report, "WrongOrganisationSuspected").Should().ContainSingle();
        Types(report).Should().BeEmpty("nothing of the other company's run is applied");
        Types(report, "held").Should().Contain("CreateUser").And.Contain("DeactivateUser");
        report.GetProperty("applied").GetBoolean().Should().BeFalse();
        report.GetProperty("invitationsSent").GetInt32().Should().Be(0);
        Recipients().Should().BeEquivalentTo(invited, "not one .eml file for the other company");
        Recipients().Should().NotContain(r => r.EndsWith("@" + SisterOrganisation.EmailDomain, StringComparison.Ordinal));
        (await LoadAsync()).Should().BeEquivalentTo(before, "counts and every value unchanged");
    }

    [Fact]
    public async Task Sync_AfterCoachCompletesAMissingManager_KeepsTheLine()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        await RunOkAsync("sync", Today);
        await CoachOkAsync("set-manager", "--employee", DemoOrganisation.UnknownManagerEmployeeId, "--manager", "1070");

        var next = await RunOkAsync("sync", Today.AddDays(1));
        var repeat = await RunOkAsync("sync", Today.AddDays(1));

        Operations(next).Should().NotContain(o => o.EmployeeId == DemoOrganisation.UnknownManagerEmployeeId && (o.Type == "ClearManager" || o.Type == "SetManager"));
        Types(repeat).Should().BeEmpty();
        (await UserAsync(DemoOrganisation.UnknownManagerEmployeeId)).Should().Match<TeammeterUser>(u => u.ManagerId == "1070" && !u.ManagerSetBySync);
    }

    [Fact]
    public async Task Sync_CoachLineWhereHrHasNoManager_IsKept()
    {
        var personio = Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        await RunOkAsync("sync", Today);
        await CoachOkAsync("set-manager", "--employee", DemoOrganisation.CeoId, "--manager", "1090");

        var next = await RunOkAsync("sync", Today.AddDays(1));
        personio.Update("1091", e => e with { ManagerId = null });
        var hrDropsSyncedLine = await RunOkAsync("sync", Today.AddDays(1));

        Operations(next).Should().NotContain(("ClearManager", DemoOrganisation.CeoId));
        (await UserAsync(DemoOrganisation.CeoId)).ManagerId.Should().Be("1090");
        Operations(hrDropsSyncedLine).Should().Contain(("ClearManager", "1091"), "the sync still clears a line it set itself");
    }

    [Fact]
    public async Task Sync_HrNamesAManagerOverACoachsLine_HrWinsWithAWarning()
    {
        var personio = Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        await RunOkAsync("sync", Today);
        await CoachOkAsync("set-manager", "--employee", DemoOrganisation.UnknownManagerEmployeeId, "--manager", "1073");
        personio.Update(DemoOrganisation.UnknownManagerEmployeeId, e => e with { ManagerId = "1070" });

        var next = await RunOkAsync("sync", Today.AddDays(1));

        Operations(next).Should().Contain(("SetManager", DemoOrganisation.UnknownManagerEmployeeId));
        Warnings(next, "CoachEditReplaced").Should().ContainSingle().Which.GetProperty("employeeId").GetString().Should().Be(DemoOrganisation.UnknownManagerEmployeeId);
        (await UserAsync(DemoOrganisation.UnknownManagerEmployeeId)).Should().Match<TeammeterUser>(u => u.ManagerId == "1070" && u.ManagerSetBySync);
    }

    [Fact]
    public async Task Sync_AfterCoachAddsATeam_KeepsTheMembershipAndMovesOnlyTheSyncs()
    {
        var personio = Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        await RunOkAsync("sync", Today);
        await CoachOkAsync("add-team", "--employee", "1011", "--team", "t-web");

        var next = await RunOkAsync("sync", Today.AddDays(1));
        personio.Update("1011", e => e with { TeamId = "t-data", TeamName = "Data" });
        var moved = await RunOkAsync("sync", Today.AddDays(1));

        Operations(next).Should().NotContain(("AssignTeam", "1011"));
        Operations(moved).Should().Contain(("AssignTeam", "1011"));
        (await UserAsync("1011")).TeamId.Should().Be("t-data");
        var coachTeams = await new global::Teammeter.Hris.Sample.SqliteTeammeterSink(DatabasePath).GetCoachTeamsAsync(Tenant, "1011", CancellationToken.None);
        coachTeams.Should().Equal("t-web");
    }

    [Fact]
    public async Task Sync_AfterCoachSetsAnEmail_InvitesThePersonAndKeepsTheEmail()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        await RunOkAsync("sync", Today);
        await RunOkAsync("release-invitations", Today);
        var lea = DemoOrganisation.NoEmailIds[0];
        (await UserAsync(lea)).IsInvited.Should().BeFalse("no email, no access");
        await CoachOkAsync("set-email", "--employee", lea, "--email", "lea.vogel@northwind.example");

        var next = await RunOkAsync("sync", Today.AddDays(1));
        var repeat = await RunOkAsync("sync", Today.AddDays(1));

        Operations(next).Should().Contain(("SendInvitation", lea)).And.NotContain(("UpdateUser", lea));
        Recipients().Should().ContainSingle(r => r == "lea.vogel@northwind.example");
        Types(repeat).Should().BeEmpty();
        (await UserAsync(lea)).Should().Match<TeammeterUser>(u => u.Email == "lea.vogel@northwind.example" && u.IsInvited);
    }

    [Fact]
    public async Task Sync_AfterCoachDeactivates_DoesNotReactivate()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        await RunOkAsync("sync", Today);
        await CoachOkAsync("deactivate", "--employee", "1011");

        var next = await RunOkAsync("sync", Today.AddDays(1));

        Operations(next).Should().NotContain(("ReactivateUser", "1011"));
        Warnings(next, "DeactivatedInTeammeter").Should().ContainSingle().Which.GetProperty("employeeId").GetString().Should().Be("1011");
        (await UserAsync("1011")).Should().Match<TeammeterUser>(u => !u.IsActive && !u.DeactivatedBySync);
    }

    [Fact]
    public async Task Sync_RehireOfASyncDeactivatedLeaver_StillReactivates()
    {
        var personio = Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        await RunOkAsync("sync", Today);
        var changes = DemoOrganisation.ApplyNextDay(personio, Today.AddDays(1));
        await RunOkAsync("sync", Today.AddDays(1));
        personio.Update(changes.LeaverId, e => e with { EndDate = null });

        var rehire = await RunOkAsync("sync", Today.AddDays(2));

        Operations(rehire).Should().Contain(("ReactivateUser", changes.LeaverId));
        (await UserAsync(changes.LeaverId)).Should().Match<TeammeterUser>(u => u.IsActive && !u.DeactivatedBySync);
    }

    [Fact]
    public async Task Sync_NewHireWithALeaversEmail_DoesNotHandOverTheAccountAndHoldsTheHire()
    {
        var personio = Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        await RunOkAsync("sync", Today);
        await RunOkAsync("release-invitations", Today);
        var changes = DemoOrganisation.ApplyNextDay(personio, Today.AddDays(1));
        await RunOkAsync("sync", Today.AddDays(1));
        var invited = Recipients();
        var hire = DemoIncidents.HireWithRecycledEmail(personio, changes.LeaverId, Today.AddDays(60));

        var report = await RunOkAsync("sync", Today.AddDays(60));

        var reused = Warnings(report, "EmailReused").Should().ContainSingle().Subject;
        NamedIds(reused).Should().Contain([hire.Id, changes.LeaverId]);
        Operations(report).Should().NotContain(o => o.EmployeeId == hire.Id || o.EmployeeId == changes.LeaverId);
        Operations(report, "held").Should().Contain(("CreateUser", hire.Id));
        var address = hire.Emails[0].Email;
        Recipients().Count(r => r == address).Should().Be(invited.Count(r => r == address), "nobody is invited into the leaver's account")
            .And.Be(1, "only the leaver was, back when they started");
        var state = await LoadAsync();
        state.Users.Should().NotContain(u => u.EmployeeId == hire.Id);
        state.Users.Single(u => u.EmployeeId == changes.LeaverId).Should().Match<TeammeterUser>(u => !u.IsActive && u.DeactivatedBySync);
    }

    [Fact]
    public async Task Sync_RecordVanishesWithoutTermination_HoldsTheDeactivationAndWhatFollows()
    {
        var personio = Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        await RunOkAsync("sync", Today);
        DemoIncidents.VanishRecord(personio, DemoOrganisation.PlatformLeadId);

        var report = await RunOkAsync("sync", Today.AddDays(1));

        Operations(report, "held").Should().Contain(("DeactivateUser", DemoOrganisation.PlatformLeadId));
        Warnings(report, "MissingEmployeesHeld").Should().ContainSingle();
        Types(report).Should().NotContain("DeactivateUser").And.NotContain("ClearManager", "the reports' lines follow the held deactivation");
        (await UserAsync(DemoOrganisation.PlatformLeadId)).IsActive.Should().BeTrue();
        (await UserAsync(DemoOrganisation.ChainEngineerId)).ManagerId.Should().Be(DemoOrganisation.PlatformLeadId);

        var approved = await RunOkAsync("approve-deactivations", Today.AddDays(1));

        Operations(approved, "applied").Should().Contain(("DeactivateUser", DemoOrganisation.PlatformLeadId));
    }

    [Fact]
    public async Task Sync_CredentialWithoutHireDate_NamesTheMissingAttributeAndHoldsInvitations()
    {
        var personio = Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        await RunOkAsync("sync", Today);
        await RunOkAsync("release-invitations", Today);
        var invited = Recipients();
        personio.ReplaceEmployees(personio.Employees.Select(e => e with { StartDate = null }));
        DemoOrganisation.ApplyNextDay(personio, Today.AddDays(1));
        personio.Update("1100", e => e with { StartDate = null });

        var report = await RunOkAsync("sync", Today.AddDays(1));

        report.GetProperty("missingFields").EnumerateArray().Select(f => f.GetString()).Should().Equal("StartDate");
        Types(report).Should().NotContain("SendInvitation", "without start dates a future starter would look started");
        Recipients().Should().BeEquivalentTo(invited);
    }
}
