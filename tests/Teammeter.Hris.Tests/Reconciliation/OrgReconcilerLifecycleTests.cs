using Teammeter.Hris.Tests.Reconciliation.Helpers;
using static Teammeter.Hris.Tests.Reconciliation.Helpers.Org;

namespace Teammeter.Hris.Tests.Reconciliation;

public sealed class OrgReconcilerLifecycleTests
{
    [Fact]
    public void Plan_EverythingInSync_IsEmpty()
    {
        var plan = Plan([Employee("e1"), Employee("e2") with { ManagerId = "e1" }], [User("e1"), User("e2") with { ManagerId = "e1" }]);

        plan.IsEmpty.Should().BeTrue();
        plan.Warnings.Should().BeEmpty();
    }

    [Theory]
    [InlineData(HrisEmploymentStatus.Active)]
    [InlineData(HrisEmploymentStatus.Other)]
    [InlineData(null)]
    public void Plan_NewEmployeeActiveOtherOrNoStatus_CreatesActiveUserWithTeamAndRole(HrisEmploymentStatus? status)
    {
        var plan = Plan([Employee("e1") with { Status = status }], []);

        plan.Operations.Should().Equal(
            new CreateUser("e1", "Fe1", "Le1", "e1@example.com", "NewEmployee"),
            new AssignTeam("e1", "T1", null, "NewEmployee"),
            new AssignRole("e1", "Engineer", null, "NewEmployee"),
            new SendInvitation("e1", "e1@example.com", "Fe1", "Le1", "invite:t1:e1", "NewHire"));
    }

    [Fact]
    public void Plan_FutureStarter_CreatesUserWithoutInvitation()
    {
        var plan = Plan([Employee("e1") with { StartDate = Today.AddDays(1) }], []);

        plan.Operations.OfType<CreateUser>().Should().ContainSingle();
        plan.Operations.OfType<SendInvitation>().Should().BeEmpty();
    }

    [Fact]
    public void Plan_StarterWhoseStartDateIsToday_IsInvited()
    {
        var plan = Plan([Employee("e1") with { StartDate = Today }], [User("e1") with { IsInvited = false }]);

        plan.Operations.Should().Equal(new SendInvitation("e1", "e1@example.com", "Fe1", "Le1", "invite:t1:e1", "InvitationsReleased"));
    }

    [Theory]
    [InlineData(HrisEmploymentStatus.Inactive)]
    [InlineData(HrisEmploymentStatus.Terminated)]
    public void Plan_NewInactiveOrTerminatedEmployee_IsNotCreated(HrisEmploymentStatus status)
    {
        var plan = Plan([Employee("e1") with { Status = status }], []);

        plan.IsEmpty.Should().BeTrue();
    }

    [Theory]
    [InlineData(HrisEmploymentStatus.Inactive, "Inactive")]
    [InlineData(HrisEmploymentStatus.Terminated, "Terminated")]
    public void Plan_ExistingUserInactiveInHr_IsDeactivatedNotDeleted(HrisEmploymentStatus status, string reason)
    {
        var plan = Plan([Employee("e1") with { Status = status }, .. Colleagues(9)], [User("e1"), .. ColleagueUsers(9)]);

        plan.Operations.Should().Equal(new DeactivateUser("e1", reason));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Plan_EndDateReached_DeactivatesExistingAndCreatesNothingNew(int daysFromToday)
    {
        var ended = Employee("e1") with { EndDate = Today.AddDays(daysFromToday) };

        Plan([ended, .. Colleagues(9)], [User("e1"), .. ColleagueUsers(9)]).Operations.Should().Equal(new DeactivateUser("e1", "EndDateReached"));
        Plan([ended], []).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Plan_EndDateInFuture_StaysActive()
    {
        var plan = Plan([Employee("e1") with { EndDate = Today.AddDays(1) }], [User("e1")]);

        plan.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Plan_DeactivatedUserActiveAgain_ReactivatesAndRestoresTeamRoleAndManager()
    {
        var rehired = Employee("e2") with { ManagerId = "e1", Title = "Coach" };
        var deactivated = User("e2") with { IsActive = false, DeactivatedBySync = true, TeamId = null, SyncedRole = null, ManagerId = null };

        var plan = Plan([Employee("e1"), rehired], [User("e1"), deactivated]);

        plan.Operations.Should().Equal(
            new CreateRole("Coach", "NewRole"),
            new ReactivateUser("e2", "Rehired"),
            new AssignTeam("e2", "T1", null, "TeamChanged"),
            new AssignRole("e2", "Coach", null, "TitleChanged"),
            new SetManager("e2", "e1", null, "ManagerChanged"));
    }

    [Fact]
    public void Plan_LinkedUserMissingFromSnapshot_IsHeldForApproval()
    {
        var plan = Plan(Colleagues(9), [User("gone"), .. ColleagueUsers(9)]);

        plan.Operations.Should().BeEmpty();
        plan.Held.Should().Equal(new DeactivateUser("gone", "MissingFromSnapshot"));
        plan.Warnings.Should().ContainSingle(w => w.Code == SyncWarningCode.MissingEmployeesHeld).Which.RelatedIds.Should().Equal("gone");
    }

    [Fact]
    public void Plan_LinkedUserMissingAndPolicyDeactivate_IsDeactivated()
    {
        var plan = Plan(Colleagues(9), [User("gone"), .. ColleagueUsers(9)], ReleasedAutoDeactivate);

        plan.Operations.Should().Equal(new DeactivateUser("gone", "MissingFromSnapshot"));
        plan.Held.Should().BeEmpty();
    }

    [Fact]
    public void Plan_LinkedUserMissingAndPolicyKeep_IsKept()
    {
        var plan = Plan(Colleagues(9), [User("gone"), .. ColleagueUsers(9)], Released with { MissingEmployees = MissingEmployeeAction.Keep });

        plan.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Plan_UnlinkedUserMissingFromSnapshot_IsLeftAlone()
    {
        var coachUser = new TeammeterUser { Email = "coach@example.com", FirstName = "Coach" };

        Plan([Employee("e1")], [User("e1"), coachUser]).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Plan_AlreadyDeactivatedLeaver_PlansNothing()
    {
        var plan = Plan([Employee("e1") with { Status = HrisEmploymentStatus.Terminated }], [User("e1") with { IsActive = false }]);

        plan.IsEmpty.Should().BeTrue();
    }

    internal static HrisEmployee[] Colleagues(int count) => [.. Enumerable.Range(0, count).Select(i => Employee("c" + i))];

    internal static TeammeterUser[] ColleagueUsers(int count) => [.. Enumerable.Range(0, count).Select(i => User("c" + i))];
}
