using Teammeter.Hris.Sample;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>The sample's <see cref="ISyncStore"/> on SQLite: what it keeps survives a new store on the same file.</summary>
public sealed class SqliteSyncStoreTests : IDisposable
{
    private const string Tenant = "acme";
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory temp = new();
    private readonly CancellationToken ct = CancellationToken.None;

    public void Dispose() => temp.Dispose();

    // A new store on the same file for every call: nothing may live only in the object.
    private SqliteSyncStore Store() => new(temp.File("teammeter.db"));

    [Fact]
    public async Task SavePlanAsync_ThenGetPlanAsync_RoundTripsAndFindsTheLatest()
    {
        var older = new StoredPlan(Tenant, "p1", Noon, "f1", """{"held":[]}""");
        var newer = new StoredPlan(Tenant, "p2", Noon.AddHours(1), "f2", """{"held":[1]}""");
        await Store().SavePlanAsync(newer, ct);
        await Store().SavePlanAsync(older, ct);

        (await Store().GetPlanAsync(Tenant, "p1", ct)).Should().Be(older);
        (await Store().GetPlanAsync(Tenant, null, ct)).Should().Be(newer, "the latest is by creation time, not by write order");
        (await Store().GetPlanAsync(Tenant, "p3", ct)).Should().BeNull();
        (await Store().GetPlanAsync("other", null, ct)).Should().BeNull();
    }

    [Fact]
    public async Task SavePlanAsync_SamePlanId_ReplacesTheContentAndKeepsTheCreationTime()
    {
        await Store().SavePlanAsync(new StoredPlan(Tenant, "p1", Noon, "f1", "before"), ct);

        await Store().SavePlanAsync(new StoredPlan(Tenant, "p1", Noon.AddDays(1), "f1", "decided"), ct);

        (await Store().GetPlanAsync(Tenant, "p1", ct)).Should().Be(new StoredPlan(Tenant, "p1", Noon, "f1", "decided"));
    }

    [Fact]
    public async Task AddRejectionsAsync_SameKeyAgain_ReplacesTheOlderRejection()
    {
        await Store().AddRejectionsAsync(Tenant, [new RejectedOperation("DeactivateUser:e1", "h1", Noon), new RejectedOperation("DeactivateUser:e2", "h2", Noon)], ct);

        await Store().AddRejectionsAsync(Tenant, [new RejectedOperation("DeactivateUser:e1", "h3", Noon.AddDays(1))], ct);

        (await Store().GetRejectionsAsync(Tenant, ct)).Should().BeEquivalentTo(
            [new RejectedOperation("DeactivateUser:e1", "h3", Noon.AddDays(1)), new RejectedOperation("DeactivateUser:e2", "h2", Noon)]);
        (await Store().GetRejectionsAsync("other", ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task GetRunsAsync_ListsTheTenantsRunsNewestFirstUpToTheLimit()
    {
        var first = Run("r1", SyncTrigger.Schedule, SyncOutcome.Failed) with { Error = "HrisSourceException" };
        var second = Run("r2", SyncTrigger.Retry, SyncOutcome.Succeeded) with { PlanId = "p2", PlannedOperations = 3, AppliedOperations = 3, InvitationsSent = 1, HeldOperations = 2, Warnings = 4 };
        var third = Run("r3", SyncTrigger.Manual, SyncOutcome.Cancelled);
        foreach (var run in new[] { first, second, third })
        {
            await Store().AddRunAsync(run, ct);
        }

        await Store().AddRunAsync(Run("x1", SyncTrigger.Manual, SyncOutcome.Succeeded) with { TenantId = "other" }, ct);

        (await Store().GetRunsAsync(Tenant, 10, ct)).Should().Equal(third, second, first);
        (await Store().GetRunsAsync(Tenant, 2, ct)).Should().Equal(third, second);
    }

    [Fact]
    public async Task TryMarkNotifiedAsync_SameKeyTwiceThenANewKey_IsTrueFalseTrue()
    {
        var store = Store();

        var first = await store.TryMarkNotifiedAsync(Tenant, AdminNotificationCause.OperationsHeld, "held-a", ct);
        var again = await Store().TryMarkNotifiedAsync(Tenant, AdminNotificationCause.OperationsHeld, "held-a", ct);
        var otherCause = await Store().TryMarkNotifiedAsync(Tenant, AdminNotificationCause.RunFailed, "held-a", ct);
        var newKey = await Store().TryMarkNotifiedAsync(Tenant, AdminNotificationCause.OperationsHeld, "held-b", ct);
        var back = await Store().TryMarkNotifiedAsync(Tenant, AdminNotificationCause.OperationsHeld, "held-a", ct);

        new[] { first, again, otherCause, newKey, back }.Should().Equal(true, false, true, true, true);
    }

    [Fact]
    public async Task TryMarkNotifiedAsync_ManyAtOnceWithTheSameKey_IsTrueExactlyOnce()
    {
        await Store().IsReleasePendingAsync(Tenant, ct); // the tables exist: the race is on the mark, not on CREATE TABLE

        var marks = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Store().TryMarkNotifiedAsync(Tenant, AdminNotificationCause.OperationsHeld, "held-a", ct))));

        marks.Count(m => m).Should().Be(1);
    }

    [Fact]
    public async Task SetReleasePendingAsync_OnThenOff_IsReadBack()
    {
        var before = await Store().IsReleasePendingAsync(Tenant, ct);
        await Store().SetReleasePendingAsync(Tenant, true, ct);
        await Store().SetReleasePendingAsync(Tenant, true, ct);
        var pending = await Store().IsReleasePendingAsync(Tenant, ct);
        var otherTenant = await Store().IsReleasePendingAsync("other", ct);
        await Store().SetReleasePendingAsync(Tenant, false, ct);

        new[] { before, pending, otherTenant, await Store().IsReleasePendingAsync(Tenant, ct) }.Should().Equal(false, true, false, false);
    }

    private static SyncRun Run(string id, SyncTrigger trigger, SyncOutcome outcome) => new()
    {
        TenantId = Tenant,
        RunId = id,
        Kind = SyncRunKind.Sync,
        Trigger = trigger,
        StartedAt = Noon,
        FinishedAt = Noon.AddSeconds(5),
        Outcome = outcome,
    };
}
