using Teammeter.Hris.Tests.Helpers;

namespace Teammeter.Hris.Tests.Sync;

/// <summary>The engine with a tenant scope (docs/reconciliation.md, "Scoping"): through the source, the plan, the review.</summary>
public sealed class PersonioSyncScopingTests
{
    private static readonly SyncScope NoContractors = new() { ExcludeEmploymentTypes = ["contractor"] };

    [Fact]
    public async Task SyncAsync_TenantScope_IsReadByTheSourceAndLeavesContractorsOut()
    {
        await using var harness = Harness();
        harness.Employees.AddRange([.. Employees.Organisation(3).Select(Employee), Contractor("x")]);

        var report = await harness.Sync.SyncAsync(SyncHarness.Tenant);

        harness.Source.LastScope.Should().BeSameAs(NoContractors);
        harness.Store.Find("x").Should().BeNull();
        harness.Store.Users.Should().HaveCount(3);
        report.ExcludedCounts.Should().Equal(new Dictionary<ScopeExclusion, int> { [ScopeExclusion.EmploymentType] = 1 });
    }

    [Fact]
    public async Task SyncAsync_LinkedUserBecomesContractor_IsHeldWithTheWhyUntilApproved()
    {
        await using var harness = Harness();
        harness.Employees.AddRange(Employees.Organisation(10).Select(Employee));
        await harness.Sync.SyncAsync(SyncHarness.Tenant);
        harness.Employees[4] = harness.Employees[4] with { EmploymentType = HrisEmploymentType.Contractor };

        var held = await harness.Sync.SyncAsync(SyncHarness.Tenant);

        held.Held.Should().Equal(new DeactivateUser("5", "OutOfScope"));
        harness.Store.Find("5")!.IsActive.Should().BeTrue("nothing happens to a user who left the scope until a person decides");
        var plan = await harness.Sync.GetPlanAsync(SyncHarness.Tenant, held.PlanId);
        plan!.Warnings.Should().Contain(w => w.Warning.Code == SyncWarningCode.OutOfScope && w.Why.Contains("now a contractor; the scope excludes contractors", StringComparison.Ordinal));

        var approved = await harness.Sync.ApproveAsync(SyncHarness.Tenant, held.PlanId);

        approved.Applied.Select(o => o.Key).Should().Equal("DeactivateUser:5");
        harness.Store.Find("5")!.IsActive.Should().BeFalse();
    }

    private static SyncHarness Harness()
    {
        var tenant = new SyncTenant(SyncHarness.Tenant, TimeZoneInfo.Utc, new TimeOnly(6, 0), AutoSync: false)
        {
            Policy = ReconcilePolicy.Default with { Scope = NoContractors },
        };
        return new SyncHarness(tenants: new StaticTenantProvider(tenant));
    }

    private static HrisEmployee Employee(HrisEmployee employee) => employee with { EmploymentType = HrisEmploymentType.Employee };

    private static HrisEmployee Contractor(string id) => Employees.Active(id) with { EmploymentType = HrisEmploymentType.Contractor };
}
