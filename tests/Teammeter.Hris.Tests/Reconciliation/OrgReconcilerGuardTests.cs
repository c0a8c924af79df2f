using Teammeter.Hris.Tests.Reconciliation.Helpers;
using static Teammeter.Hris.Tests.Reconciliation.Helpers.Org;
using static Teammeter.Hris.Tests.Reconciliation.OrgReconcilerLifecycleTests;

namespace Teammeter.Hris.Tests.Reconciliation;

public sealed class OrgReconcilerGuardTests
{
    [Fact]
    public void Plan_DeactivationsAboveShare_AreAllHeldAndTheRestProceeds()
    {
        var plan = Plan([.. Colleagues(5), Employee("new")], [.. ColleagueUsers(10)], ReleasedAutoDeactivate);

        plan.Operations.OfType<DeactivateUser>().Should().BeEmpty();
        plan.Held.Should().HaveCount(5).And.AllBeOfType<DeactivateUser>();
        plan.Operations.OfType<CreateUser>().Should().ContainSingle();
        plan.Codes().Should().Contain(SyncWarningCode.MassDeactivationHeld);
    }

    [Fact]
    public void Plan_DeactivationsAboveCount_AreHeld()
    {
        var plan = Plan(Colleagues(97), ColleagueUsers(100), ReleasedAutoDeactivate with { MassDeactivationMaxCount = 2 });

        plan.Held.Should().HaveCount(3);
    }

    [Fact]
    public void Plan_DeactivationsWithinBothThresholds_Proceed()
    {
        var plan = Plan(Colleagues(97), ColleagueUsers(100), ReleasedAutoDeactivate with { MassDeactivationMaxCount = 3 });

        plan.Held.Should().BeEmpty();
        plan.Operations.OfType<DeactivateUser>().Should().HaveCount(3);
    }

    [Fact]
    public void Plan_MassDeactivationApproved_Proceeds()
    {
        var plan = Plan([], ColleagueUsers(10), ReleasedAutoDeactivate with { ApproveHeldOperations = true });

        plan.Held.Should().BeEmpty();
        plan.Operations.OfType<DeactivateUser>().Should().HaveCount(10);
    }

    [Fact]
    public void Plan_WholeOrganisationRekeyed_HoldsRekeysOnlyAndCreatesNoDuplicates()
    {
        var employees = Enumerable.Range(0, 10).Select(i => Employee("n" + i) with { Email = $"c{i}@example.com" }).Append(Employee("brand-new")).ToArray();

        var plan = Plan(employees, ColleagueUsers(10));

        plan.Held.Should().HaveCount(10).And.AllBeOfType<UpdateUser>();
        plan.Operations.Should().OnlyContain(o => o.EmployeeId() == "brand-new");
        plan.Operations.OfType<DeactivateUser>().Should().BeEmpty();
        plan.Codes().Should().Contain(SyncWarningCode.MassRekeyHeld);
    }

    [Fact]
    public void Plan_WholeOrganisationRekeyedAndApproved_RekeysEveryone()
    {
        var employees = Enumerable.Range(0, 10).Select(i => Employee("n" + i) with { Email = $"c{i}@example.com", FirstName = "Fc" + i, LastName = "Lc" + i }).ToArray();

        var plan = Plan(employees, ColleagueUsers(10), Released with { ApproveHeldOperations = true });

        plan.Held.Should().BeEmpty();
        plan.Operations.Should().HaveCount(10).And.AllBeOfType<UpdateUser>();
    }
}
