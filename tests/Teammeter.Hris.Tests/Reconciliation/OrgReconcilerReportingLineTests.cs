using Teammeter.Hris.Tests.Reconciliation.Helpers;
using static Teammeter.Hris.Tests.Reconciliation.Helpers.Org;

namespace Teammeter.Hris.Tests.Reconciliation;

public sealed class OrgReconcilerReportingLineTests
{
    [Fact]
    public void Plan_ManagerCreatedInSameRun_SetsLineAfterBothUsers()
    {
        var plan = Plan([Employee("e2") with { ManagerId = "e1" }, Employee("e1")], []);

        var kinds = plan.Operations.Select(o => o.Kind).ToList();
        kinds.IndexOf(SyncOperationKind.SetManager).Should().BeGreaterThan(kinds.LastIndexOf(SyncOperationKind.CreateUser));
        plan.Operations.OfType<SetManager>().Should().Equal(new SetManager("e2", "e1", null, "NewEmployee"));
    }

    [Fact]
    public void Plan_UnknownManager_LeavesLineUnsetAndWarns()
    {
        var plan = Plan([Employee("e1") with { ManagerId = "nobody" }], [User("e1") with { ManagerId = "nobody" }]);

        plan.Operations.Should().Equal(new ClearManager("e1", "nobody", "ManagerUnknown"));
        plan.Warnings.Should().ContainSingle(w => w.Code == SyncWarningCode.UnknownManager).Which.RelatedIds.Should().Equal("nobody");
    }

    [Fact]
    public void Plan_InactiveManager_LeavesLineUnsetAndWarns()
    {
        var plan = Plan([Employee("e1") with { Status = HrisEmploymentStatus.Terminated }, Employee("e2") with { ManagerId = "e1" }], [User("e2")]);

        plan.Operations.OfType<SetManager>().Should().BeEmpty();
        plan.Codes().Should().Contain(SyncWarningCode.UnknownManager);
    }

    [Fact]
    public void Plan_SelfManager_LeavesLineUnsetAndWarns()
    {
        var plan = Plan([Employee("e1") with { ManagerId = "e1" }], [User("e1")]);

        plan.Operations.Should().BeEmpty();
        plan.Warnings.Should().ContainSingle().Which.Code.Should().Be(SyncWarningCode.SelfManager);
    }

    [Fact]
    public void Plan_ManagerCycle_SkipsCycleEdgesKeepsOthersAndNamesMembersSorted()
    {
        var plan = Plan(
            [Employee("e3") with { ManagerId = "e1" }, Employee("e1") with { ManagerId = "e2" }, Employee("e2") with { ManagerId = "e3" }, Employee("e4") with { ManagerId = "e1" }],
            []);

        plan.Operations.OfType<SetManager>().Should().Equal(new SetManager("e4", "e1", null, "NewEmployee"));
        var warning = plan.Warnings.Should().ContainSingle(w => w.Code == SyncWarningCode.ManagerCycle).Which;
        warning.RelatedIds.Should().Equal("e1", "e2", "e3");
    }

    [Fact]
    public void Plan_CycleFormedOnExistingLines_ClearsThem()
    {
        var plan = Plan(
            [Employee("e1") with { ManagerId = "e2" }, Employee("e2") with { ManagerId = "e1" }],
            [User("e1") with { ManagerId = "e2" }, User("e2")]);

        plan.Operations.Should().Equal(new ClearManager("e1", "e2", "ManagerCycle"));
    }

    [Fact]
    public void Plan_ManagerChanged_SetsNewManager()
    {
        var plan = Plan([Employee("e1"), Employee("e2"), Employee("e3") with { ManagerId = "e2" }], [User("e1"), User("e2"), User("e3") with { ManagerId = "e1" }]);

        plan.Operations.Should().Equal(new SetManager("e3", "e2", "e1", "ManagerChanged"));
    }

    [Fact]
    public void Plan_HundredThousandDeepChain_DoesNotOverflowTheStack()
    {
        const int depth = 100_000;
        var employees = Enumerable.Range(0, depth)
            .Select(i => new HrisEmployee { EmployeeId = "e" + i, Email = $"e{i}@x.com", ManagerId = "e" + ((i + 1) % depth) })
            .ToArray();

        var plan = Plan(employees, []);

        plan.Warnings.Should().ContainSingle(w => w.Code == SyncWarningCode.ManagerCycle).Which.RelatedIds.Should().HaveCount(depth);
        plan.Operations.OfType<SetManager>().Should().BeEmpty();
    }
}
