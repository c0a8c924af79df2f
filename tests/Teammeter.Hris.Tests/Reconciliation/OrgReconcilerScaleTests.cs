using Teammeter.Hris.Tests.Helpers;
using Teammeter.Hris.Tests.Reconciliation.Helpers;

namespace Teammeter.Hris.Tests.Reconciliation;

/// <summary>Correctness at 100,000 employees (speed is measured by the benchmarks, never asserted here).</summary>
public sealed class OrgReconcilerScaleTests
{
    private const int Size = 100_000;

    [Fact]
    public void Plan_HundredThousandEmployees_InitialSyncCreatesAllAndSecondPlanIsEmpty()
    {
        var employees = new HrisEmployee[Size];
        for (var i = 0; i < Size; i++)
        {
            employees[i] = new HrisEmployee
            {
                EmployeeId = "emp-" + i,
                FirstName = "F" + i,
                LastName = "L" + i,
                Email = $"emp{i}@example.com",
                Status = HrisEmploymentStatus.Active,
                Title = "Title " + (i % 200),
                Team = new HrisOrgUnit("team-" + (i % 2_000), "Team " + (i % 2_000)),
                ManagerId = i == 0 ? null : "emp-" + ((i - 1) / 10),
            };
        }

        var snapshot = new HrisSnapshot(employees, DateTimeOffset.UnixEpoch);
        var policy = Org.Released;

        var initial = OrgReconciler.Plan(snapshot, TeammeterState.Empty(Org.Tenant), policy, Org.Today);

        var counts = initial.CountByKind();
        counts[SyncOperationKind.CreateUser].Should().Be(Size);
        counts[SyncOperationKind.CreateTeam].Should().Be(2_000);
        counts[SyncOperationKind.CreateRole].Should().Be(200);
        counts[SyncOperationKind.SetManager].Should().Be(Size - 1);
        counts[SyncOperationKind.SendInvitation].Should().Be(Size);
        initial.Warnings.Should().BeEmpty();

        var applied = StateApplier.Apply(TeammeterState.Empty(Org.Tenant), initial);
        var second = OrgReconciler.Plan(snapshot, applied, policy, Org.Today);

        second.IsEmpty.Should().BeTrue();
        second.Warnings.Should().BeEmpty();
    }
}
