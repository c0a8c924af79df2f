using Teammeter.Hris.Tests.Reconciliation.Helpers;
using static Teammeter.Hris.Tests.Reconciliation.Helpers.Org;
using static Teammeter.Hris.Tests.Reconciliation.OrgReconcilerLifecycleTests;

namespace Teammeter.Hris.Tests.Reconciliation;

public sealed class OrgReconcilerIdentityTests
{
    [Fact]
    public void Plan_UnlinkedUserWithSameEmail_IsLinkedNotDuplicated()
    {
        var coachUser = new TeammeterUser { Email = " E1@Example.com", FirstName = "Fe1", LastName = "Le1", TeamId = "T1", SyncedRole = "Engineer", IsInvited = true };

        var plan = Plan([Employee("e1")], [coachUser]);

        plan.Operations.Should().Equal(new UpdateUser(
            "e1",
            [new UserFieldChange(UserField.EmployeeId, null, "e1"), new UserFieldChange(UserField.Email, " E1@Example.com", "e1@example.com")],
            "LinkedByEmail",
            matchEmail: "e1@example.com"));
    }

    [Theory]
    [InlineData("e1", "E1")]
    [InlineData("7", "007")]
    [InlineData("personio-00000001", "PERSONIO-00000001")]
    public void Plan_HrIdsEqualOnlyIgnoringCaseOrZeros_AreTwoPeople(string userId, string hrId)
    {
        // Short ids are packed into the id table, long ones compared as strings: both must match exactly or not at all.
        var employees = Colleagues(20).Append(Employee(hrId) with { Email = "someone.else@example.com" }).ToArray();
        var users = ColleagueUsers(20).Append(User(userId)).ToArray();

        var plan = Plan(employees, users);

        plan.Operations.OfType<CreateUser>().Should().ContainSingle().Which.EmployeeId.Should().Be(hrId);
        plan.Held.Should().ContainSingle().Which.Should().Be(new DeactivateUser(userId, "MissingFromSnapshot"));
    }

    [Fact]
    public void Plan_TwoEmployeesClaimOneEmail_CreatesNeitherAndWarnsNamingBoth()
    {
        var plan = Plan([Employee("e1"), Employee("e2") with { Email = "E1@example.com " }], []);

        plan.Operations.OfType<CreateUser>().Should().BeEmpty();
        var warning = plan.Warnings.Should().ContainSingle(w => w.Code == SyncWarningCode.DuplicateEmail).Which;
        warning.EmployeeId.Should().Be("e1");
        warning.RelatedIds.Should().Equal("e2");
    }

    [Fact]
    public void Plan_OneEmailMatchesTwoUnlinkedUsers_CreatesNothingAndWarns()
    {
        var plan = Plan([Employee("e1")], [new TeammeterUser { Email = "e1@example.com" }, new TeammeterUser { Email = "E1@EXAMPLE.COM" }]);

        plan.Operations.Should().BeEmpty();
        plan.Warnings.Should().ContainSingle(w => w.Code == SyncWarningCode.DuplicateEmail && w.EmployeeId == "e1");
    }

    [Fact]
    public void Plan_LinkedUsersHrIdVanishedAndNewIdCarriesEmail_RekeysInsteadOfRecreating()
    {
        var employees = Colleagues(20).Append(Employee("new1") with { Email = "old1@example.com" }).ToArray();
        var users = ColleagueUsers(20).Append(User("old1")).ToArray();

        var plan = Plan(employees, users);

        plan.Operations.Should().Equal(new UpdateUser(
            "new1",
            [new UserFieldChange(UserField.EmployeeId, "old1", "new1"), new UserFieldChange(UserField.FirstName, "Fold1", "Fnew1"), new UserFieldChange(UserField.LastName, "Lold1", "Lnew1")],
            "HrIdChanged"));
        plan.Warnings.Should().ContainSingle(w => w.Code == SyncWarningCode.HrIdChanged).Which.RelatedIds.Should().Equal("old1");
    }

    [Fact]
    public void Plan_RekeyWhileOldIdStillInSnapshot_IsNotARekey()
    {
        var plan = Plan([Employee("old1"), Employee("new1") with { Email = "old1@example.com" }], [User("old1")]);

        plan.Operations.OfType<UpdateUser>().Should().BeEmpty();
        plan.Codes().Should().Contain(SyncWarningCode.DuplicateEmail);
    }

    [Fact]
    public void Plan_NewEmployeeWithEmailOfAnotherLinkedUser_IsNotCreatedAndWarnsEmailInUse()
    {
        var plan = Plan([Employee("e1") with { Email = "e9@example.com" }, Employee("e9") with { Email = null }], [User("e9")]);

        plan.Operations.OfType<CreateUser>().Should().BeEmpty();
        plan.Warnings.Should().ContainSingle(w => w.Code == SyncWarningCode.EmailInUse).Which.RelatedIds.Should().Equal("e9");
    }

    [Fact]
    public void Plan_HrEmailChanged_HrEmailWins()
    {
        var plan = Plan([Employee("e1") with { Email = "new@example.com" }], [User("e1")]);

        plan.Operations.Should().Equal(new UpdateUser("e1", [new UserFieldChange(UserField.Email, "e1@example.com", "new@example.com")], "EmailChanged"));
    }

    [Fact]
    public void Plan_HrHasNoEmail_KeepsCoachEnteredEmailAndInvitesIt()
    {
        var coachEntered = User("e1") with { Email = "typed@example.com", IsInvited = false };

        var plan = Plan([Employee("e1") with { Email = "  " }], [coachEntered]);

        plan.Operations.Should().Equal(new SendInvitation("e1", "typed@example.com", "Fe1", "Le1", "invite:t1:e1", "InvitationsReleased"));
    }

    [Fact]
    public void Plan_NameChanged_UpdatesName()
    {
        var plan = Plan([Employee("e1") with { LastName = " Married " }], [User("e1")]);

        plan.Operations.Should().Equal(new UpdateUser("e1", [new UserFieldChange(UserField.LastName, "Le1", "Married")], "NameChanged"));
    }
}
