using Teammeter.Hris.Tests.Helpers;

namespace Teammeter.Hris.Tests.Sync;

public sealed class PersonioSyncTests
{
    [Fact]
    public async Task SyncAsync_FirstRun_IsInitialAndHoldsInvitations()
    {
        await using var harness = new SyncHarness();
        harness.Employees.AddRange(Employees.Organisation(5));

        var report = await harness.Sync.SyncAsync(SyncHarness.Tenant);

        report.IsInitialSync.Should().BeTrue();
        report.Written.Should().BeTrue();
        report.Counts.Should().ContainKey(SyncOperationKind.CreateUser).WhoseValue.Should().Be(5);
        report.Counts.Should().NotContainKey(SyncOperationKind.SendInvitation);
        harness.Sender.Sent.Should().BeEmpty();
        harness.Store.Users.Should().HaveCount(5);
    }

    [Fact]
    public async Task SyncAsync_SecondRunWithoutChanges_WritesNothing()
    {
        await using var harness = new SyncHarness();
        harness.Employees.AddRange(Employees.Organisation(5));
        await harness.Sync.SyncAsync(SyncHarness.Tenant);
        var callsAfterFirst = harness.Sink.ApplyCalls;

        var report = await harness.Sync.SyncAsync(SyncHarness.Tenant);

        report.IsInitialSync.Should().BeFalse();
        report.Plan.IsEmpty.Should().BeTrue();
        report.Written.Should().BeFalse();
        harness.Sink.ApplyCalls.Should().Be(callsAfterFirst);
    }

    [Fact]
    public async Task ReleaseInvitationsAsync_AfterInitialSync_SendsExactlyOnePerInvitableUser()
    {
        await using var harness = new SyncHarness();
        harness.Employees.AddRange(Employees.Organisation(4));
        harness.Employees.Add(Employees.Active("no-mail") with { Email = null });
        await harness.Sync.SyncAsync(SyncHarness.Tenant);

        var report = await harness.Sync.ReleaseInvitationsAsync(SyncHarness.Tenant);
        var again = await harness.Sync.ReleaseInvitationsAsync(SyncHarness.Tenant);

        report.InvitationsSent.Should().Be(4);
        again.InvitationsSent.Should().Be(0);
        harness.Sender.Sent.Select(i => i.EmployeeId).Should().OnlyHaveUniqueItems().And.HaveCount(4).And.NotContain("no-mail");
        harness.Sender.Sent.Should().OnlyContain(i => i.TenantId == SyncHarness.Tenant && i.IdempotencyKey.Contains(i.EmployeeId, StringComparison.Ordinal));
        harness.Store.Released.Should().BeTrue();
        harness.Store.Users.Where(u => u.Email is not null).Should().OnlyContain(u => u.IsInvited);
    }

    [Fact]
    public async Task SyncAsync_AfterRelease_InvitesNewHireAutomatically()
    {
        await using var harness = new SyncHarness();
        harness.Employees.AddRange(Employees.Organisation(3));
        await harness.Sync.SyncAsync(SyncHarness.Tenant);
        await harness.Sync.ReleaseInvitationsAsync(SyncHarness.Tenant);
        harness.Employees.Add(Employees.Active("hire"));

        var report = await harness.Sync.SyncAsync(SyncHarness.Tenant);

        report.InvitationsSent.Should().Be(1);
        harness.Sender.Sent.Select(i => i.EmployeeId).Should().ContainSingle(id => id == "hire");
    }

    [Fact]
    public async Task SyncAsync_AfterReleaseWithAutomaticInvitationsOff_InvitesNewHireOnlyOnTheNextRelease()
    {
        var manual = new SyncTenant(SyncHarness.Tenant, TimeZoneInfo.Utc, new TimeOnly(6, 0), AutoSync: true)
        {
            Policy = ReconcilePolicy.Default with { AutoInviteNewHires = false },
        };
        await using var harness = new SyncHarness(tenants: new StaticTenantProvider(manual));
        harness.Employees.AddRange(Employees.Organisation(3));
        await harness.Sync.SyncAsync(SyncHarness.Tenant);
        await harness.Sync.ReleaseInvitationsAsync(SyncHarness.Tenant);
        harness.Employees.Add(Employees.Active("hire"));

        var created = await harness.Sync.SyncAsync(SyncHarness.Tenant);
        var nextDay = await harness.Sync.SyncAsync(SyncHarness.Tenant);
        var released = await harness.Sync.ReleaseInvitationsAsync(SyncHarness.Tenant);

        created.Counts.Should().ContainKey(SyncOperationKind.CreateUser).WhoseValue.Should().Be(1);
        created.InvitationsSent.Should().Be(0);
        nextDay.Plan.IsEmpty.Should().BeTrue("a scheduled sync must not invite when invitations are manual");
        released.InvitationsSent.Should().Be(1);
        harness.Sender.Sent.Where(i => i.EmployeeId == "hire").Should().ContainSingle();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public async Task SyncAsync_SinkFailsAfterNOperations_ReportsProgressAndNextRunConverges(int failAfter)
    {
        await using var expected = new SyncHarness();
        expected.Employees.AddRange(Employees.Organisation(6));
        await expected.Sync.SyncAsync(SyncHarness.Tenant);

        await using var harness = new SyncHarness(o => o.ApplyBatchSize = 2);
        harness.Employees.AddRange(Employees.Organisation(6));
        harness.Sink.FailAfterOperations = failAfter;

        var failed = async () => await harness.Sync.SyncAsync(SyncHarness.Tenant);
        var error = (await failed.Should().ThrowAsync<SyncApplyException>()).Which;
        error.Report.AppliedOperations.Should().BeLessThanOrEqualTo(failAfter);
        error.Message.Should().Contain(SyncHarness.Tenant);

        await harness.Sync.SyncAsync(SyncHarness.Tenant);
        var final = await harness.Sync.SyncAsync(SyncHarness.Tenant);

        final.Plan.IsEmpty.Should().BeTrue();
        harness.Store.Users.Select(u => u.EmployeeId).Should().OnlyHaveUniqueItems();
        harness.Store.Users.Should().BeEquivalentTo(expected.Store.Users);
        harness.Store.Teams.Should().BeEquivalentTo(expected.Store.Teams);
    }

    [Fact]
    public async Task ReleaseInvitationsAsync_SenderFailsMidway_NextReleaseSendsNoDuplicates()
    {
        await using var harness = new SyncHarness();
        harness.Employees.AddRange(Employees.Organisation(6));
        await harness.Sync.SyncAsync(SyncHarness.Tenant);
        harness.Sender.FailOnAttempt = 4;

        var failed = async () => await harness.Sync.ReleaseInvitationsAsync(SyncHarness.Tenant);
        (await failed.Should().ThrowAsync<SyncApplyException>()).Which.Report.InvitationsSent.Should().Be(3);
        await harness.Sync.ReleaseInvitationsAsync(SyncHarness.Tenant);

        harness.Sender.Sent.Select(i => i.IdempotencyKey).Should().OnlyHaveUniqueItems().And.HaveCount(6);
    }

    [Fact]
    public async Task SyncAsync_SourceFails_WritesNothingAndThrowsTheSourceError()
    {
        await using var harness = new SyncHarness();
        harness.Employees.AddRange(Employees.Organisation(3));
        harness.Source.Failure = new HrisSourceException("boom", 503, "ServerError", "req-1");

        var act = async () => await harness.Sync.SyncAsync(SyncHarness.Tenant);

        (await act.Should().ThrowAsync<HrisSourceException>()).Which.StatusCode.Should().Be(503);
        harness.Sink.ApplyCalls.Should().Be(0);
        harness.Store.Released.Should().BeFalse();
    }

    [Fact]
    public async Task SyncAsync_EmptySnapshotWhileUsersExist_StopsBeforePlanning()
    {
        await using var harness = new SyncHarness();
        harness.Employees.AddRange(Employees.Organisation(3));
        await harness.Sync.SyncAsync(SyncHarness.Tenant);
        harness.Employees.Clear();
        var calls = harness.Sink.ApplyCalls;

        var act = async () => await harness.Sync.SyncAsync(SyncHarness.Tenant);

        (await act.Should().ThrowAsync<HrisSourceException>()).WithMessage("*no employees*nothing was written*");
        harness.Sink.ApplyCalls.Should().Be(calls);
        harness.Store.Users.Should().OnlyContain(u => u.IsActive);
    }

    [Fact]
    public async Task PlanAsync_Always_WritesNothing()
    {
        await using var harness = new SyncHarness();
        harness.Employees.AddRange(Employees.Organisation(3));

        var report = await harness.Sync.PlanAsync(SyncHarness.Tenant);

        report.Kind.Should().Be(SyncRunKind.Plan);
        report.Plan.Operations.Should().NotBeEmpty();
        report.Written.Should().BeFalse();
        harness.Sink.ApplyCalls.Should().Be(0);
    }

    [Fact]
    public async Task SyncAsync_MassDeactivation_HeldUntilApproved()
    {
        await using var harness = new SyncHarness();
        harness.Employees.AddRange(Employees.Organisation(10));
        await harness.Sync.SyncAsync(SyncHarness.Tenant);
        for (var i = 0; i < 6; i++)
        {
            harness.Employees[i] = harness.Employees[i] with { Status = HrisEmploymentStatus.Terminated };
        }

        var held = await harness.Sync.SyncAsync(SyncHarness.Tenant);
        var stillHeld = await harness.Sync.SyncAsync(SyncHarness.Tenant);

        held.Held.Should().HaveCount(6).And.OnlyContain(o => o.Kind == SyncOperationKind.DeactivateUser);
        held.Warnings.Should().Contain(w => w.Code == SyncWarningCode.MassDeactivationHeld);
        stillHeld.Held.Should().HaveCount(6);
        harness.Store.Users.Should().OnlyContain(u => u.IsActive);

        var approved = await harness.Sync.ApproveAsync(SyncHarness.Tenant, stillHeld.PlanId);

        approved.StillHeld.Should().BeEmpty();
        approved.Dropped.Should().BeEmpty();
        approved.Applied.Should().HaveCount(6).And.OnlyContain(o => o.Operation.Kind == SyncOperationKind.DeactivateUser);
        harness.Store.Users.Count(u => !u.IsActive).Should().Be(6);
    }

    [Fact]
    public async Task SyncAsync_ConcurrentCallsForOneTenant_DoNotInterleave()
    {
        await using var harness = new SyncHarness();
        harness.Employees.AddRange(Employees.Organisation(20));
        harness.Sink.ApplyDelay = TimeSpan.FromMilliseconds(20);

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => harness.Sync.SyncAsync(SyncHarness.Tenant)));

        harness.Sink.MaxConcurrentApplies.Should().Be(1);
        runs.Count(r => r.Written).Should().Be(1, "the later runs see the first run's result and have nothing to do");
        harness.Store.Users.Select(u => u.EmployeeId).Should().OnlyHaveUniqueItems().And.HaveCount(20);
    }

    [Fact]
    public async Task SyncAsync_DifferentTenants_RunInParallelAndStayIsolated()
    {
        await using var harness = new SyncHarness(o => o.MaxConcurrentTenants = 2);
        harness.Source.For("a").AddRange(Employees.Organisation(3));
        harness.Source.For("b").Add(Employees.Active("b-only"));
        harness.Sink.ApplyDelay = TimeSpan.FromMilliseconds(50);

        await Task.WhenAll(harness.Sync.SyncAsync("a"), harness.Sync.SyncAsync("b"));

        harness.Sink.MaxConcurrentApplies.Should().Be(2);
        harness.Sink.Tenant("a").Users.Should().HaveCount(3);
        harness.Sink.Tenant("b").Users.Select(u => u.EmployeeId).Should().Equal("b-only");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public async Task SyncAsync_BlankTenant_ThrowsArgumentException(string tenant)
    {
        await using var harness = new SyncHarness();

        var act = async () => await harness.Sync.SyncAsync(tenant);

        await act.Should().ThrowAsync<ArgumentException>().WithParameterName("tenantId");
    }
}
