using Teammeter.Hris.Tests.Reconciliation.Helpers;
using static Teammeter.Hris.Tests.Reconciliation.Helpers.Org;

namespace Teammeter.Hris.Tests.Reconciliation;

public sealed class OrgReconcilerBadInputTests
{
    [Fact]
    public void Plan_DuplicateEmployeeId_UsesLatestRecordAndWarns()
    {
        var older = Employee("e1") with { Title = "Old", UpdatedAt = DateTimeOffset.UnixEpoch };
        var newer = Employee("e1") with { Title = "Coach", UpdatedAt = DateTimeOffset.UnixEpoch.AddDays(1) };

        var plan = Plan([newer, older], []);

        plan.Operations.OfType<CreateUser>().Should().ContainSingle();
        plan.Operations.OfType<AssignRole>().Single().Role.Should().Be("Coach");
        plan.Warnings.Should().ContainSingle(w => w.Code == SyncWarningCode.DuplicateEmployeeId).Which.EmployeeId.Should().Be("e1");
    }

    [Fact]
    public void Plan_DuplicateEmployeeIdSameTimestamp_PickDoesNotDependOnOrder()
    {
        var a = Employee("e1") with { Title = "Alpha" };
        var b = Employee("e1") with { Title = "Beta" };

        Plan([a, b], []).Should().Be(Plan([b, a], []));
    }

    [Fact]
    public void Plan_BlankNames_WarnsAndKeepsExistingNames()
    {
        var plan = Plan([Employee("e1") with { FirstName = " ", LastName = null }], [User("e1")]);

        plan.Operations.Should().BeEmpty();
        plan.Warnings.Should().ContainSingle().Which.Code.Should().Be(SyncWarningCode.MissingName);
    }

    [Fact]
    public void Plan_EndBeforeStart_WarnsAndEndDateDecides()
    {
        var plan = Plan([Employee("e1") with { StartDate = Today.AddDays(10), EndDate = Today.AddDays(-5) }], [User("e1")], Released with { ApproveHeldOperations = true });

        plan.Operations.Should().Equal(new DeactivateUser("e1", "EndDateReached"));
        plan.Codes().Should().Contain(SyncWarningCode.EndBeforeStart);
    }

    [Fact]
    public void Plan_MissingFields_LeavesThoseAttributesUntouchedAndWarnsOncePerField()
    {
        var snapshot = new HrisSnapshot([Employee("e1") with { Email = null, Title = null, Team = null }], DateTimeOffset.UnixEpoch, HrisFields.Email | HrisFields.Title | HrisFields.Team);

        var plan = Plan(snapshot, State(User("e1")));

        plan.Operations.Should().BeEmpty();
        plan.Warnings.Where(w => w.Code == SyncWarningCode.MissingRequiredField).SelectMany(w => w.RelatedIds).Should().Equal("Email", "Team", "Title");
    }

    [Fact]
    public void Plan_StatusNotDelivered_NeverReactivates()
    {
        var snapshot = new HrisSnapshot([Employee("e1") with { Status = null }], DateTimeOffset.UnixEpoch, HrisFields.Status);

        var plan = Plan(snapshot, State(User("e1") with { IsActive = false }));

        plan.Operations.Should().BeEmpty();
    }

    [Fact]
    public void Plan_EmployeeWithoutId_IsSkippedWithWarning()
    {
        var plan = Plan(Snapshot(Employee(" ")), TeammeterState.Empty(Tenant));

        plan.Operations.Should().BeEmpty();
        plan.Codes().Should().Equal(SyncWarningCode.MissingRequiredField);
    }

    [Fact]
    public void Plan_NullArguments_Throw()
    {
        var state = TeammeterState.Empty(Tenant);
        var snapshot = Snapshot();

        FluentActions.Invoking(() => OrgReconciler.Plan(null!, state, Released, Today)).Should().Throw<ArgumentNullException>().WithParameterName("snapshot");
        FluentActions.Invoking(() => OrgReconciler.Plan(snapshot, null!, Released, Today)).Should().Throw<ArgumentNullException>().WithParameterName("state");
        FluentActions.Invoking(() => OrgReconciler.Plan(snapshot, state, null!, Today)).Should().Throw<ArgumentNullException>().WithParameterName("policy");
    }

    public static TheoryData<ReconcilePolicy, string> InvalidPolicies => new()
    {
        { Released with { MassDeactivationMaxCount = -1 }, nameof(ReconcilePolicy.MassDeactivationMaxCount) },
        { Released with { MassDeactivationMaxShare = 1.5 }, nameof(ReconcilePolicy.MassDeactivationMaxShare) },
        { Released with { MassDeactivationMaxShare = double.NaN }, nameof(ReconcilePolicy.MassDeactivationMaxShare) },
        { Released with { RekeyMaxShare = -0.1 }, nameof(ReconcilePolicy.RekeyMaxShare) },
        { Released with { TeamSource = (TeamSource)9 }, nameof(ReconcilePolicy.TeamSource) },
    };

    [Theory]
    [MemberData(nameof(InvalidPolicies))]
    public void Plan_InvalidPolicy_ThrowsNamingTheProperty(ReconcilePolicy policy, string property)
    {
        FluentActions.Invoking(() => OrgReconciler.Plan(Snapshot(), TeammeterState.Empty(Tenant), policy, Today))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName(property);
    }
}
