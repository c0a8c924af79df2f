using Teammeter.Hris.Tests.Reconciliation.Helpers;
using static Teammeter.Hris.Tests.Reconciliation.Helpers.Org;

namespace Teammeter.Hris.Tests.Reconciliation;

public sealed class OrgReconcilerInvitationTests
{
    [Fact]
    public void Plan_InitialSyncBeforeRelease_CreatesUsersButInvitesNobody()
    {
        var plan = OrgReconciler.Plan(Snapshot(Employee("e1"), Employee("e2")), TeammeterState.Empty(Tenant), ReconcilePolicy.Default, Today);

        plan.Operations.OfType<CreateUser>().Should().HaveCount(2);
        plan.Operations.OfType<SendInvitation>().Should().BeEmpty();
    }

    [Fact]
    public void Plan_AfterRelease_InvitesEveryInvitableUserWithoutInvitation()
    {
        var plan = Plan([Employee("e1"), Employee("e2")], [User("e1") with { IsInvited = false }, User("e2")]);

        plan.Operations.Should().Equal(new SendInvitation("e1", "e1@example.com", "Fe1", "Le1", "invite:t1:e1", "InvitationsReleased"));
    }

    [Fact]
    public void Plan_NewHireWithAutomaticInvitationsOff_IsCreatedButNotInvited()
    {
        var plan = Plan([Employee("e1")], [], Released with { AutoInviteNewHires = false });

        plan.Operations.OfType<CreateUser>().Should().ContainSingle();
        plan.Operations.OfType<SendInvitation>().Should().BeEmpty();
    }

    [Fact]
    public void Plan_ExistingUninvitedUserWithAutomaticInvitationsOff_IsInvitedByRelease()
    {
        var plan = Plan([Employee("e1")], [User("e1") with { IsInvited = false }], Released with { AutoInviteNewHires = false });

        plan.Operations.OfType<SendInvitation>().Should().ContainSingle();
    }

    [Fact]
    public void Plan_NoEmailAnywhere_NotInvitedAndWarnsMissingEmail()
    {
        var plan = Plan([Employee("e1") with { Email = null }], []);

        plan.Operations.OfType<SendInvitation>().Should().BeEmpty();
        plan.Operations.OfType<CreateUser>().Single().Email.Should().BeNull();
        plan.Warnings.Should().ContainSingle(w => w.Code == SyncWarningCode.MissingEmail).Which.EmployeeId.Should().Be("e1");
    }

    [Fact]
    public void Plan_InactiveOrAlreadyInvited_NotInvited()
    {
        var plan = Plan(
            [Employee("e1") with { Status = HrisEmploymentStatus.Inactive }, Employee("e2")],
            [User("e1") with { IsInvited = false, IsActive = false }, User("e2")]);

        plan.Operations.OfType<SendInvitation>().Should().BeEmpty();
    }

    [Fact]
    public void Plan_SharedEmail_NeverInvited()
    {
        var plan = Plan([Employee("e1"), Employee("e2") with { Email = "e1@example.com" }], [User("e1") with { IsInvited = false }]);

        plan.Operations.OfType<SendInvitation>().Should().BeEmpty();
    }

    [Fact]
    public void Plan_IdempotencyKey_IsTenantAndEmployeeId()
    {
        var plan = OrgReconciler.Plan(Snapshot(Employee("e7")), TeammeterState.Empty("acme"), Released, Today);

        plan.Operations.OfType<SendInvitation>().Single().IdempotencyKey.Should().Be("invite:acme:e7");
    }
}
