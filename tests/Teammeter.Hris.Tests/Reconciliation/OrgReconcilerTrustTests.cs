using Teammeter.Hris.Tests.Reconciliation.Helpers;
using static Teammeter.Hris.Tests.Reconciliation.Helpers.Org;
using static Teammeter.Hris.Tests.Reconciliation.OrgReconcilerLifecycleTests;

namespace Teammeter.Hris.Tests.Reconciliation;

/// <summary>
/// The rules that keep the sync from harming a person on its own (docs/reconciliation.md, "Ownership", "Recycled
/// emails", "A different organisation"): a wrong connection writes nothing, a coach's edits survive, a leaver's account
/// is never handed to a stranger, and nothing follows from a held operation.
/// </summary>
public sealed class OrgReconcilerTrustTests
{
    [Fact]
    public void Plan_AnotherCompanysSnapshot_WritesNothingAndHoldsCreationsInvitationsAndDeactivations()
    {
        var otherCompany = Enumerable.Range(0, 12).Select(i => Employee("x" + i)).ToArray();

        var plan = Plan(otherCompany, ColleagueUsers(10), ReleasedAutoDeactivate);

        plan.Operations.Should().BeEmpty();
        plan.Held.OfType<CreateUser>().Should().HaveCount(12);
        plan.Held.OfType<SendInvitation>().Should().HaveCount(12);
        plan.Held.OfType<DeactivateUser>().Should().HaveCount(10);
        plan.Warnings.Should().ContainSingle(w => w.Code == SyncWarningCode.WrongOrganisationSuspected)
            .Which.Message.Should().Contain("create 12 users").And.Contain("0 of 10");
    }

    [Fact]
    public void Plan_CreationsAboveShareOfActiveLinkedUsers_HoldsEverything()
    {
        var plan = Plan([.. Colleagues(10), .. Enumerable.Range(0, 6).Select(i => Employee("n" + i))], [.. ColleagueUsers(10)]);

        plan.Operations.Should().BeEmpty();
        plan.Held.OfType<CreateUser>().Should().HaveCount(6);
        plan.Codes().Should().Contain(SyncWarningCode.WrongOrganisationSuspected);
    }

    [Fact]
    public void Plan_CreationsAboveCount_HoldsEverything()
    {
        var plan = Plan([.. Colleagues(100), Employee("n1"), Employee("n2"), Employee("n3")], [.. ColleagueUsers(100)], Released with { MassCreationMaxCount = 2 });

        plan.Operations.Should().BeEmpty();
        plan.Held.OfType<CreateUser>().Should().HaveCount(3);
    }

    [Fact]
    public void Plan_CreationsWithinBothThresholds_Proceed()
    {
        var plan = Plan([.. Colleagues(10), Employee("n1"), Employee("n2")], [.. ColleagueUsers(10)]);

        plan.Held.Should().BeEmpty();
        plan.Operations.OfType<CreateUser>().Should().HaveCount(2);
        plan.Operations.OfType<SendInvitation>().Should().HaveCount(2);
    }

    [Fact]
    public void Plan_SnapshotBarelyOverlapsLinkedUsers_HoldsEverything()
    {
        // Four of ten found, nobody new: the deactivations alone would be held by the mass guard, the rest would leak.
        var plan = Plan([.. Colleagues(4)], [.. ColleagueUsers(10)], ReleasedAutoDeactivate with { MassDeactivationMaxShare = 1 });

        plan.Operations.Should().BeEmpty();
        plan.Held.OfType<DeactivateUser>().Should().HaveCount(6);
        plan.Codes().Should().Contain(SyncWarningCode.WrongOrganisationSuspected);
    }

    [Fact]
    public void Plan_FirstSync_IsExemptFromTheOrganisationGuard()
    {
        var plan = Plan(Colleagues(50), [], Released with { InvitationsReleased = false });

        plan.Held.Should().BeEmpty();
        plan.Operations.OfType<CreateUser>().Should().HaveCount(50);
    }

    [Fact]
    public void Plan_OrganisationGuardApproved_Applies()
    {
        var plan = Plan(Enumerable.Range(0, 12).Select(i => Employee("x" + i)).ToArray(), ColleagueUsers(10), ReleasedAutoDeactivate with { ApproveHeldOperations = true });

        plan.Held.Should().BeEmpty();
        plan.Operations.OfType<CreateUser>().Should().HaveCount(12);
    }

    [Fact]
    public void Plan_CoachSetManagerWhereHrHasNone_KeepsTheLine()
    {
        var coachLine = User("c1") with { ManagerId = "c0", ManagerSetBySync = false };

        var plan = Plan(Colleagues(3), [User("c0"), coachLine, User("c2")]);

        plan.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Plan_SyncSetManagerWhereHrHasNone_ClearsTheLine()
    {
        var syncLine = User("c1") with { ManagerId = "c0", ManagerSetBySync = true };

        var plan = Plan(Colleagues(3), [User("c0"), syncLine, User("c2")]);

        plan.Operations.Should().Equal(new ClearManager("c1", "c0", "ManagerRemoved"));
    }

    [Fact]
    public void Plan_HrNamesManagerOverCoachLine_HrWinsWithWarning()
    {
        var coachLine = User("c1") with { ManagerId = "c0", ManagerSetBySync = false };

        var plan = Plan([Employee("c0"), Employee("c1") with { ManagerId = "c2" }, Employee("c2")], [User("c0"), coachLine, User("c2")]);

        plan.Operations.Should().Equal(new SetManager("c1", "c2", "c0", "ManagerChanged"));
        plan.Warnings.Should().ContainSingle(w => w.Code == SyncWarningCode.CoachEditReplaced)
            .Which.Should().BeEquivalentTo(new { EmployeeId = "c1", RelatedIds = new[] { "c0", "c2" } });
    }

    [Fact]
    public void Plan_HrNamesUnknownManagerOverCoachLine_KeepsTheLine()
    {
        var coachLine = User("c1") with { ManagerId = "c0", ManagerSetBySync = false };

        var plan = Plan([Employee("c0"), Employee("c1") with { ManagerId = "ghost" }], [User("c0"), coachLine]);

        plan.Operations.Should().BeEmpty();
        plan.Codes().Should().Contain(SyncWarningCode.UnknownManager);
    }

    [Fact]
    public void Plan_RecycledEmailOfDeactivatedLeaver_HoldsTheNewPersonAndNeverRekeys()
    {
        var leaver = User("old") with { Email = "anna@example.com", IsActive = false, DeactivatedBySync = true };
        var newHire = Employee("new") with { Email = "anna@example.com" };

        var plan = Plan([.. Colleagues(9), newHire], [leaver, .. ColleagueUsers(9)]);

        plan.Operations.Should().BeEmpty();
        plan.Held.Should().ContainSingle().Which.Should().Be(new CreateUser("new", "Fnew", "Lnew", "anna@example.com", "EmailReused"));
        plan.Warnings.Should().ContainSingle(w => w.Code == SyncWarningCode.EmailReused)
            .Which.Should().BeEquivalentTo(new { EmployeeId = "new", RelatedIds = new[] { "old" } });
    }

    [Fact]
    public void Plan_RecycledEmailOfLeaverTerminatedToday_DeactivatesLeaverAndHoldsNewPerson()
    {
        var leaving = Employee("old") with { Email = "anna@example.com", Status = HrisEmploymentStatus.Terminated };
        var newHire = Employee("new") with { Email = "anna@example.com" };

        var plan = Plan([.. Colleagues(19), leaving, newHire], [User("old") with { Email = "anna@example.com" }, .. ColleagueUsers(19)]);

        plan.Operations.Should().Equal(new DeactivateUser("old", "Terminated"));
        plan.Held.Should().ContainSingle().Which.Should().BeOfType<CreateUser>().Which.EmployeeId.Should().Be("new");
        plan.Codes().Should().Contain(SyncWarningCode.EmailReused);
    }

    [Fact]
    public void Plan_ActiveUserWhoseIdVanishedWithoutTermination_IsStillRekeyed()
    {
        var plan = Plan([.. Colleagues(19), Employee("new") with { Email = "anna@example.com" }], [User("old") with { Email = "anna@example.com" }, .. ColleagueUsers(19)]);

        plan.Operations.Should().ContainSingle().Which.Should().BeOfType<UpdateUser>().Which.Reason.Should().Be("HrIdChanged");
        plan.Codes().Should().NotContain(SyncWarningCode.EmailReused);
    }

    [Fact]
    public void Plan_UserDeactivatedByCoachWhileHrSaysActive_StaysDeactivatedWithWarning()
    {
        var coachDeactivated = User("c1") with { IsActive = false, DeactivatedBySync = false, TeamId = null };

        var plan = Plan([Employee("c0"), Employee("c1") with { ManagerId = "c0" }], [User("c0"), coachDeactivated]);

        plan.Operations.Should().BeEmpty();
        plan.Warnings.Should().ContainSingle(w => w.Code == SyncWarningCode.DeactivatedInTeammeter).Which.EmployeeId.Should().Be("c1");
    }

    [Fact]
    public void Plan_ManagerMissingAndHeld_KeepsTheReportsLines()
    {
        var report = User("r") with { ManagerId = "boss", ManagerSetBySync = true };

        var plan = Plan([.. Colleagues(9), Employee("r") with { ManagerId = "boss" }], [User("boss"), report, .. ColleagueUsers(9)]);

        plan.Operations.Should().BeEmpty();
        plan.Held.Should().Equal(new DeactivateUser("boss", "MissingFromSnapshot"));
    }

    [Fact]
    public void Plan_TerminatedManagersHeldByMassGuard_KeepTheReportsLines()
    {
        var managers = Enumerable.Range(0, 5).Select(i => Employee("m" + i) with { Status = HrisEmploymentStatus.Terminated });
        var reports = Enumerable.Range(0, 5).Select(i => Employee("r" + i) with { ManagerId = "m" + i });
        var users = Enumerable.Range(0, 5).SelectMany(i => new[] { User("m" + i), User("r" + i) with { ManagerId = "m" + i } });

        var plan = Plan([.. managers, .. reports], [.. users]);

        plan.Operations.Should().BeEmpty("the reports' lines follow from the held deactivations");
        plan.Held.Should().HaveCount(5).And.AllBeOfType<DeactivateUser>();
        plan.Codes().Should().Contain(SyncWarningCode.MassDeactivationHeld);
    }

    [Fact]
    public void Plan_StartDatesNotDelivered_HoldsInvitationsAndSaysWhy()
    {
        var snapshot = new HrisSnapshot([.. Colleagues(3), Employee("n1")], DateTimeOffset.UnixEpoch, HrisFields.StartDate);

        var plan = Plan(snapshot, State([User("c0") with { IsInvited = false }, .. ColleagueUsers(3).Skip(1)]));

        plan.Operations.Should().ContainSingle(o => o is CreateUser).And.NotContain(o => o is SendInvitation);
        plan.Held.Should().HaveCount(2).And.AllBeOfType<SendInvitation>();
        plan.Warnings.Should().ContainSingle(w => w.Code == SyncWarningCode.MissingRequiredField)
            .Which.Message.Should().Contain("invitations are held");
    }
}
