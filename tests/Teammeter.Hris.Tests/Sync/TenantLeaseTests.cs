using Teammeter.Hris.Tests.Helpers;

namespace Teammeter.Hris.Tests.Sync;

/// <summary>Issue 22 (1): a run holds its tenant across processes through the store's lease.</summary>
public sealed class TenantLeaseTests
{
    private const string OtherNode = "node-b/42/other-run";

    public static TheoryData<string> WritingRuns => ["sync", "release", "approve", "reject"];

    [Theory]
    [MemberData(nameof(WritingRuns))]
    public async Task WritingRun_TenantLeasedElsewhere_ThrowsBusyAndWritesNothing(string kind)
    {
        await using var harness = new SyncHarness();
        harness.Employees.AddRange(Employees.Organisation(4));
        var now = harness.Time.GetUtcNow();
        (await harness.ReviewStore.TryAcquireLeaseAsync(SyncHarness.Tenant, OtherNode, now, now.AddMinutes(5), CancellationToken.None)).Should().BeTrue();

        var act = () => Run(harness.Sync, kind);

        var error = (await act.Should().ThrowAsync<TenantLeaseException>()).Which;
        error.ErrorCode.Should().Be(TenantLeaseException.Busy);
        error.TenantId.Should().Be(SyncHarness.Tenant);
        error.Message.Should().Contain(SyncHarness.Tenant).And.Contain("wrote nothing");
        harness.Sink.ApplyCalls.Should().Be(0);
        harness.Sender.Sent.Should().BeEmpty();
        (await harness.ReviewStore.GetPlanAsync(SyncHarness.Tenant, null, CancellationToken.None)).Should().BeNull("a busy run does not start");
        (await harness.ReviewStore.GetRunsAsync(SyncHarness.Tenant, 10, CancellationToken.None)).Should().BeEmpty("a busy tenant is not a run");
    }

    [Fact]
    public async Task PlanAsync_TenantLeasedElsewhere_PlansAndStoresThePlan()
    {
        await using var harness = new SyncHarness();
        harness.Employees.AddRange(Employees.Organisation(4));
        var now = harness.Time.GetUtcNow();
        await harness.ReviewStore.TryAcquireLeaseAsync(SyncHarness.Tenant, OtherNode, now, now.AddMinutes(5), CancellationToken.None);

        var report = await harness.Sync.PlanAsync(SyncHarness.Tenant);

        report.Plan.Operations.Should().NotBeEmpty();
        harness.Sink.ApplyCalls.Should().Be(0);
        (await harness.ReviewStore.GetPlanAsync(SyncHarness.Tenant, report.PlanId, CancellationToken.None)).Should().NotBeNull();
    }

    [Fact]
    public async Task SyncAsync_AnotherOwnersLeaseExpired_TakesItOverAndApplies()
    {
        await using var harness = new SyncHarness();
        harness.Employees.AddRange(Employees.Organisation(4));
        var now = harness.Time.GetUtcNow();
        await harness.ReviewStore.TryAcquireLeaseAsync(SyncHarness.Tenant, OtherNode, now, now.AddMinutes(1), CancellationToken.None);
        harness.Time.Advance(TimeSpan.FromMinutes(1));

        var report = await harness.Sync.SyncAsync(SyncHarness.Tenant);

        report.AppliedOperations.Should().BeGreaterThan(0);
        harness.Store.Users.Should().HaveCount(4);
    }

    [Fact]
    public async Task SyncAsync_Finished_ReleasesTheLease()
    {
        await using var harness = new SyncHarness();
        harness.Employees.AddRange(Employees.Organisation(2));
        await harness.Sync.SyncAsync(SyncHarness.Tenant);
        var now = harness.Time.GetUtcNow();

        var taken = await harness.ReviewStore.TryAcquireLeaseAsync(SyncHarness.Tenant, OtherNode, now, now.AddMinutes(5), CancellationToken.None);

        taken.Should().BeTrue("the run gave the lease up at its end");
    }

    [Fact]
    public async Task SyncAsync_RunLongerThanTheLease_RenewsItSoNobodyTakesItOver()
    {
        await using var harness = new SyncHarness(o => o.TenantLeaseDuration = TimeSpan.FromSeconds(30));
        harness.Employees.AddRange(Employees.Organisation(2));
        harness.Source.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = harness.Sync.SyncAsync(SyncHarness.Tenant);

        for (var tick = 0; tick < 12; tick++)
        {
            harness.Time.Advance(TimeSpan.FromSeconds(10));
        }

        var now = harness.Time.GetUtcNow();
        var taken = await harness.ReviewStore.TryAcquireLeaseAsync(SyncHarness.Tenant, OtherNode, now, now.AddMinutes(5), CancellationToken.None);
        harness.Source.Gate.SetResult();
        var report = await run;

        taken.Should().BeFalse("two minutes into a 30-second lease, the run still holds it");
        report.AppliedOperations.Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task SyncAsync_LeaseTakenOverMidRun_StopsWithLostAndRecordsTheFailure()
    {
        await using var harness = new SyncHarness(o => o.TenantLeaseDuration = TimeSpan.FromSeconds(30));
        harness.Employees.AddRange(Employees.Organisation(2));
        harness.Source.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = harness.Sync.SyncAsync(SyncHarness.Tenant);

        // The node looks dead from outside (its lease expired without a renewal reaching the store), so another takes over.
        var later = harness.Time.GetUtcNow().AddSeconds(31);
        (await harness.ReviewStore.TryAcquireLeaseAsync(SyncHarness.Tenant, OtherNode, later, later.AddMinutes(5), CancellationToken.None)).Should().BeTrue();
        harness.Time.Advance(TimeSpan.FromSeconds(10));

        var error = (await run.Awaiting(r => r).Should().ThrowAsync<TenantLeaseException>()).Which;
        error.ErrorCode.Should().Be(TenantLeaseException.Lost);
        harness.Sink.ApplyCalls.Should().Be(0);
        var history = await harness.ReviewStore.GetRunsAsync(SyncHarness.Tenant, 10, CancellationToken.None);
        history.Should().ContainSingle().Which.Should().Match<SyncRun>(r => r.Outcome == SyncOutcome.Failed && r.Error == nameof(TenantLeaseException));
        var now = harness.Time.GetUtcNow();
        (await harness.ReviewStore.TryAcquireLeaseAsync(SyncHarness.Tenant, "node-c/1/third", now, now.AddMinutes(5), CancellationToken.None))
            .Should().BeFalse("the stopped run must not release the other owner's lease");
    }

    private static async Task Run(IPersonioSync sync, string kind)
    {
        switch (kind)
        {
            case "sync":
                await sync.SyncAsync(SyncHarness.Tenant);
                break;
            case "release":
                await sync.ReleaseInvitationsAsync(SyncHarness.Tenant);
                break;
            case "approve":
                await sync.ApproveAsync(SyncHarness.Tenant, "some-plan");
                break;
            default:
                await sync.RejectAsync(SyncHarness.Tenant, "some-plan");
                break;
        }
    }
}
