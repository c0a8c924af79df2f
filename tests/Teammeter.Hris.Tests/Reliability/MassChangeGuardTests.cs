using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Tests.Reliability.Helpers;

namespace Teammeter.Hris.Tests.Reliability;

/// <summary>
/// When HR suddenly says most people are gone (a broken connector, a wrong Personio filter, a half-migrated
/// account), the sync holds the deactivations instead of locking the organisation out, and its report says so.
/// Over loopback HTTP from the embedded server; the in-memory variant is in <c>Sync/PersonioSyncTests</c>.
/// </summary>
public sealed class MassChangeGuardTests
{
    [Fact]
    public async Task SyncAsync_60PercentVanishFromHr_WritesNothingAndSaysSo()
    {
        await using var host = await LoopbackSync.StartAsync();
        await host.Sync.SyncAsync(LoopbackSync.Tenant);
        var before = host.Sink.Tenant(LoopbackSync.Tenant).Users.ToList();
        var tenant = host.Server.Tenants[LoopbackSync.Tenant];
        foreach (var employee in tenant.Employees.Take(tenant.Employees.Count * 6 / 10).ToList())
        {
            tenant.Remove(employee.Id);
        }

        var report = await host.Sync.SyncAsync(LoopbackSync.Tenant);

        // Vanished without a termination, and too few left to be sure it is the same organisation.
        report.Warnings.Should().Contain(w => w.Code == SyncWarningCode.WrongOrganisationSuspected);
        report.Warnings.Should().Contain(w => w.Code == SyncWarningCode.MissingEmployeesHeld);
        report.Plan.Operations.Should().BeEmpty();
        report.Held.Should().Contain(o => o.Kind == SyncOperationKind.DeactivateUser);
        host.Sink.Tenant(LoopbackSync.Tenant).Users.Should().BeEquivalentTo(before, "nothing is applied");
    }

    [Fact]
    public async Task SyncAsync_60PercentTerminatedInHr_HoldsEveryDeactivationAndSaysSo()
    {
        await using var host = await LoopbackSync.StartAsync();
        await host.Sync.SyncAsync(LoopbackSync.Tenant);
        var before = host.Sink.Tenant(LoopbackSync.Tenant).Users.Select(u => (u.EmployeeId, u.IsActive)).ToList();
        var tenant = host.Server.Tenants[LoopbackSync.Tenant];
        var leaving = tenant.Employees.Take(tenant.Employees.Count * 6 / 10).Select(e => e.Id).ToHashSet();
        tenant.UpdateWhere(e => leaving.Contains(e.Id), e => e with { EmploymentStatus = "terminated" });

        var report = await host.Sync.SyncAsync(LoopbackSync.Tenant);

        report.Warnings.Should().Contain(w => w.Code == SyncWarningCode.MassDeactivationHeld);
        report.Held.Should().NotBeEmpty().And.OnlyContain(o => o.Kind == SyncOperationKind.DeactivateUser);
        report.Plan.Operations.Should().NotContain(o => o.Kind == SyncOperationKind.DeactivateUser);
        host.Sink.Tenant(LoopbackSync.Tenant).Users.Select(u => (u.EmployeeId, u.IsActive)).Should().BeEquivalentTo(before, "nothing destructive is applied");
    }

    [Fact]
    public async Task SyncAsync_EveryoneInactiveInHr_HoldsEveryDeactivationAndSaysSo()
    {
        await using var host = await LoopbackSync.StartAsync();
        await host.Sync.SyncAsync(LoopbackSync.Tenant);
        var before = host.Sink.Tenant(LoopbackSync.Tenant).Users.Select(u => (u.EmployeeId, u.IsActive)).ToList();
        host.Server.Tenants[LoopbackSync.Tenant].UpdateWhere(_ => true, e => e with { EmploymentStatus = "inactive" });

        var report = await host.Sync.SyncAsync(LoopbackSync.Tenant);

        report.Warnings.Should().Contain(w => w.Code == SyncWarningCode.MassDeactivationHeld);
        report.Held.Should().HaveCount(before.Count(u => u.IsActive));
        host.Sink.Tenant(LoopbackSync.Tenant).Users.Select(u => (u.EmployeeId, u.IsActive)).Should().BeEquivalentTo(before);
        host.Sender.Sent.Should().BeEmpty();
    }
}
