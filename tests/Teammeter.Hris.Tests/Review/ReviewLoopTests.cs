using Teammeter.Hris.Tests.Helpers;

namespace Teammeter.Hris.Tests.Review;

/// <summary>
/// The review loop through the public engine: approvals bound to what was reviewed, rejections remembered, the
/// release of reviewed invitations, run history, observers and admin notifications (docs/reconciliation.md, "Approving").
/// </summary>
public sealed class ReviewLoopTests
{
    [Fact]
    public async Task ApproveAsync_HrChangedAfterReview_AppliesOnlyStillValidOperations()
    {
        await using var harness = await SyncedAsync(10);
        Terminate(harness, "2", "3", "4");
        var reviewed = await harness.Sync.SyncAsync(SyncHarness.Tenant);
        reviewed.Held.Should().HaveCount(3, "3 of 10 is above the 20 % mass-deactivation share");

        // After the review: 3 is back in HR, and 5 leaves (nobody reviewed that).
        harness.Employees[2] = harness.Employees[2] with { Status = HrisEmploymentStatus.Active };
        Terminate(harness, "5");
        var result = await harness.Sync.ApproveAsync(SyncHarness.Tenant, reviewed.PlanId);

        result.Applied.Select(o => o.Key).Should().BeEquivalentTo("DeactivateUser:2", "DeactivateUser:4");
        result.Dropped.Select(o => o.Key).Should().Equal("DeactivateUser:3");
        result.StillHeld.Should().BeEmpty();
        harness.Store.Users.Where(u => !u.IsActive).Select(u => u.EmployeeId).Should().BeEquivalentTo("2", "4");
        var plan = await harness.Sync.GetPlanAsync(SyncHarness.Tenant, reviewed.PlanId);
        plan!.Held.Select(h => (h.Key, h.Status)).Should().BeEquivalentTo(new[]
        {
            ("DeactivateUser:2", ReviewOperationStatus.Approved),
            ("DeactivateUser:3", ReviewOperationStatus.Dropped),
            ("DeactivateUser:4", ReviewOperationStatus.Approved),
        });
    }

    [Fact]
    public async Task ApproveAsync_SomeKeys_AppliesThoseAndLeavesTheRestHeld()
    {
        await using var harness = await SyncedAsync(10);
        Terminate(harness, "2", "3", "4");
        var reviewed = await harness.Sync.SyncAsync(SyncHarness.Tenant);

        var result = await harness.Sync.ApproveAsync(SyncHarness.Tenant, reviewed.PlanId, ["DeactivateUser:3"]);

        result.Applied.Select(o => o.Key).Should().Equal("DeactivateUser:3");
        result.StillHeld.Select(o => o.Key).Should().BeEquivalentTo("DeactivateUser:2", "DeactivateUser:4");
        harness.Store.Users.Where(u => !u.IsActive).Select(u => u.EmployeeId).Should().Equal("3");
    }

    [Fact]
    public async Task ApproveAsync_UnknownPlanOrOperation_ThrowsNamingItAndWritesNothing()
    {
        await using var harness = await SyncedAsync(10);
        Terminate(harness, "2", "3", "4");
        var reviewed = await harness.Sync.SyncAsync(SyncHarness.Tenant);
        var before = harness.Store.Users.ToList();

        var unknownPlan = async () => await harness.Sync.ApproveAsync(SyncHarness.Tenant, "no-such-plan");
        var unknownKey = async () => await harness.Sync.ApproveAsync(SyncHarness.Tenant, reviewed.PlanId, ["DeactivateUser:2", "DeactivateUser:9"]);

        (await unknownPlan.Should().ThrowAsync<SyncReviewException>()).Which.Should().Match<SyncReviewException>(e => e.ErrorCode == SyncReviewException.PlanNotFound && e.Message.Contains("no-such-plan"));
        (await unknownKey.Should().ThrowAsync<SyncReviewException>()).Which.Should().Match<SyncReviewException>(e => e.ErrorCode == SyncReviewException.OperationNotHeld && e.Message.Contains("DeactivateUser:9"));
        harness.Store.Users.Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task ApproveAsync_SameOperationTwice_SecondIsRefused()
    {
        await using var harness = await SyncedAsync(10);
        Terminate(harness, "2", "3", "4");
        var reviewed = await harness.Sync.SyncAsync(SyncHarness.Tenant);
        await harness.Sync.ApproveAsync(SyncHarness.Tenant, reviewed.PlanId, ["DeactivateUser:2"]);

        var again = async () => await harness.Sync.ApproveAsync(SyncHarness.Tenant, reviewed.PlanId, ["DeactivateUser:2"]);

        (await again.Should().ThrowAsync<SyncReviewException>()).Which.ErrorCode.Should().Be(SyncReviewException.OperationNotHeld);
    }

    [Fact]
    public async Task RejectAsync_Rejected_IsNotProposedAgainUntilHrChangesThatPerson()
    {
        await using var harness = await SyncedAsync(10);
        Terminate(harness, "2", "3", "4");
        var reviewed = await harness.Sync.SyncAsync(SyncHarness.Tenant);

        var rejected = await harness.Sync.RejectAsync(SyncHarness.Tenant, reviewed.PlanId, ["DeactivateUser:3"]);
        var nextDay = await harness.Sync.SyncAsync(SyncHarness.Tenant);
        harness.Employees[2] = harness.Employees[2] with { Title = "Retired Engineer" };
        var afterHrChange = await harness.Sync.SyncAsync(SyncHarness.Tenant);

        rejected.Rejected.Select(o => o.Key).Should().Equal("DeactivateUser:3");
        rejected.StillHeld.Should().HaveCount(2);
        nextDay.Held.Select(o => ((DeactivateUser)o).EmployeeId).Should().BeEquivalentTo("2", "4");
        afterHrChange.Held.Select(o => ((DeactivateUser)o).EmployeeId).Should().BeEquivalentTo("2", "3", "4");
        harness.Store.Users.Should().OnlyContain(u => u.IsActive, "a rejection never applies anything");
    }

    [Fact]
    public async Task ReleaseInvitationsAsync_AfterReview_InvitesReviewedUsersOnlyAndAppliesNoOtherChange()
    {
        await using var harness = await SyncedAsync(5);
        harness.Employees.Add(Employees.Active("new"));
        harness.Employees[0] = harness.Employees[0] with { Team = new HrisOrgUnit("t2", "Renamed") };

        var released = await harness.Sync.ReleaseInvitationsAsync(SyncHarness.Tenant);

        released.InvitationsSent.Should().Be(5);
        harness.Sender.Sent.Select(i => i.EmployeeId).Should().BeEquivalentTo("1", "2", "3", "4", "5");
        harness.Store.Users.Should().NotContain(u => u.EmployeeId == "new", "nobody reviewed the new hire");
        harness.Store.Teams["t2"].Should().NotBe("Renamed");
        (await harness.Sink.LoadAsync(SyncHarness.Tenant, CancellationToken.None)).InvitationsReleased.Should().BeTrue();
    }

    [Fact]
    public async Task ReleaseInvitationsAsync_SenderFailsHalfWay_NextRunResumesWithoutDoubleInvitation()
    {
        await using var harness = await SyncedAsync(10);
        harness.Sender.FailOnAttempt = 4;

        var release = async () => await harness.Sync.ReleaseInvitationsAsync(SyncHarness.Tenant);
        await release.Should().ThrowAsync<SyncApplyException>();
        var afterFailure = await harness.Sink.LoadAsync(SyncHarness.Tenant, CancellationToken.None);
        var resumed = await harness.Sync.SyncAsync(SyncHarness.Tenant, SyncTrigger.Schedule);

        afterFailure.InvitationsReleased.Should().BeFalse("the flag is stored only once the invitations are sent");
        harness.Sender.Sent.Select(i => i.EmployeeId).Should().OnlyHaveUniqueItems().And.HaveCount(10);
        (await harness.Sink.LoadAsync(SyncHarness.Tenant, CancellationToken.None)).InvitationsReleased.Should().BeTrue();
        (await harness.ReviewStore.IsReleasePendingAsync(SyncHarness.Tenant, CancellationToken.None)).Should().BeFalse();
        resumed.Plan.IsEmpty.Should().BeTrue();
        resumed.InvitationsSent.Should().Be(7, "the resumed sends count in the run that made them");
    }

    [Fact]
    public async Task SyncAsync_HoldsTheSameOperationsTwice_NotifiesTheAdminOnce()
    {
        await using var harness = await SyncedAsync(10);
        Terminate(harness, "2", "3", "4");

        var first = await harness.Sync.SyncAsync(SyncHarness.Tenant, SyncTrigger.Schedule);
        await harness.Sync.SyncAsync(SyncHarness.Tenant, SyncTrigger.Schedule);
        Terminate(harness, "5");
        await harness.Sync.SyncAsync(SyncHarness.Tenant, SyncTrigger.Schedule);

        var held = harness.Notifier.Sent.Where(n => n.Cause == AdminNotificationCause.OperationsHeld).ToList();
        held.Should().HaveCount(2, "the same held set is told once; a changed one again");
        held[0].Should().BeEquivalentTo(new { TenantId = SyncHarness.Tenant, PlanId = first.PlanId, HeldOperations = 3 });
        held[0].Summary.Should().NotContain("@");
    }

    [Fact]
    public async Task SyncAsync_CredentialLacksAttributes_NotifiesTheAdminOnceNamingThem()
    {
        await using var harness = new SyncHarness();
        harness.Employees.AddRange(Employees.Organisation(3));
        harness.Source.MissingFields = HrisFields.StartDate | HrisFields.Email;

        await harness.Sync.SyncAsync(SyncHarness.Tenant);
        await harness.Sync.SyncAsync(SyncHarness.Tenant);

        harness.Notifier.Sent.Should().ContainSingle(n => n.Cause == AdminNotificationCause.AttributesMissing)
            .Which.Summary.Should().Contain("Email").And.Contain("Hire date");
    }

    [Fact]
    public async Task EveryRun_IsInTheHistoryNewestFirstAndReachesTheObserver()
    {
        await using var harness = await SyncedAsync(3);
        await harness.Sync.PlanAsync(SyncHarness.Tenant);
        harness.Source.Failure = new HrisSourceException("HR unavailable", 503, "ServiceUnavailable", "req-1");
        var failing = async () => await harness.Sync.SyncAsync(SyncHarness.Tenant, SyncTrigger.Schedule);
        await failing.Should().ThrowAsync<HrisSourceException>();

        var runs = await harness.Sync.GetRunsAsync(SyncHarness.Tenant);

        runs.Select(r => (r.Kind, r.Trigger, r.Outcome)).Should().Equal(
            (SyncRunKind.Sync, SyncTrigger.Schedule, SyncOutcome.Failed),
            (SyncRunKind.Plan, SyncTrigger.Manual, SyncOutcome.Succeeded),
            (SyncRunKind.Sync, SyncTrigger.Manual, SyncOutcome.Succeeded));
        runs[0].Error.Should().Be("ServiceUnavailable");
        runs[2].AppliedOperations.Should().BeGreaterThan(0);
        harness.Observer.Runs.Select(r => r.Run.RunId).Should().BeEquivalentTo(runs.Select(r => r.RunId));
        harness.Observer.Runs.Last().Report.Should().BeNull("the failed run had no plan");
    }

    [Fact]
    public async Task SyncAsync_ScheduledRunsFailRepeatedly_NotifiesTheAdminOncePerStreak()
    {
        await using var harness = await SyncedAsync(3);
        harness.Source.Failure = new HrisSourceException("HR unavailable", 503, "ServiceUnavailable", "req-1");

        for (var i = 0; i < 5; i++)
        {
            var run = async () => await harness.Sync.SyncAsync(SyncHarness.Tenant, i == 0 ? SyncTrigger.Schedule : SyncTrigger.Retry);
            await run.Should().ThrowAsync<HrisSourceException>();
        }

        harness.Notifier.Sent.Should().ContainSingle(n => n.Cause == AdminNotificationCause.RunFailed);
    }

    [Fact]
    public async Task PlanAsync_Operations_CarryAWhyBuiltFromHrFacts()
    {
        await using var harness = await SyncedAsync(10);
        harness.Employees[1] = harness.Employees[1] with { Status = HrisEmploymentStatus.Terminated, EndDate = new DateOnly(2026, 11, 20) };

        var report = await harness.Sync.PlanAsync(SyncHarness.Tenant);
        var stored = await harness.Sync.GetPlanAsync(SyncHarness.Tenant);

        var deactivation = report.Plan.Operations.OfType<DeactivateUser>().Single();
        report.Explain(deactivation).Should().Be("Personio: status terminated, start date 2020-01-01, termination date 2026-11-20.");
        stored!.PlanId.Should().Be(report.PlanId);
        stored.Operations.Should().ContainSingle(o => o.Key == "DeactivateUser:2").Which.Why.Should().Contain("terminated");
        stored.Fingerprint.Should().NotBeNullOrEmpty();
    }

    private static async Task<SyncHarness> SyncedAsync(int people)
    {
        var harness = new SyncHarness();
        harness.Employees.AddRange(Employees.Organisation(people));
        await harness.Sync.SyncAsync(SyncHarness.Tenant);
        return harness;
    }

    private static void Terminate(SyncHarness harness, params string[] ids)
    {
        for (var i = 0; i < harness.Employees.Count; i++)
        {
            if (ids.Contains(harness.Employees[i].EmployeeId))
            {
                harness.Employees[i] = harness.Employees[i] with { Status = HrisEmploymentStatus.Terminated };
            }
        }
    }
}
