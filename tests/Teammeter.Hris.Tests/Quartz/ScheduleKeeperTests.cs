using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Quartz;
using Quartz.Impl.Matchers;
using Teammeter.Hris.Scheduling;

namespace Teammeter.Hris.Tests.Quartz;

public sealed class ScheduleKeeperTests : IAsyncLifetime
{
    private const string Group = "teammeter-hris";
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private IScheduler _scheduler = null!;

    public async Task InitializeAsync() =>
        // Quartz's in-memory RAMJobStore; never started, so nothing fires while the keeper works.
        _scheduler = await SchedulerBuilder.Create($"keeper-{Guid.NewGuid():N}", "keeper").UseInMemoryStore().BuildScheduler();

    public async Task DisposeAsync() => await _scheduler.Shutdown();

    [Fact]
    public async Task RefreshAsync_NewAutoSyncTenants_AddsOneJobAndCronTriggerEach()
    {
        var tenants = new MutableTenants(
            new SyncTenant("berlin", Berlin, new TimeOnly(6, 0), true),
            new SyncTenant("ny", NewYork, new TimeOnly(7, 30), true),
            new SyncTenant("manual", Berlin, new TimeOnly(6, 0), false));

        var changes = await CreateSut(tenants).RefreshAsync(default);

        changes.Should().Be(new ScheduleChanges(Added: 2, Moved: 0, Removed: 0));
        (await TriggerNamesAsync()).Should().BeEquivalentTo("berlin", "ny");
        await ShouldFireAtAsync("ny", "0 30 7 ? * *", NewYork);
        (await _scheduler.GetJobDetail(new JobKey("berlin", Group)))!.JobDataMap.GetString("tenantId").Should().Be("berlin");
    }

    [Fact]
    public async Task RefreshAsync_TenantMovesTimeOrZone_MovesItsTrigger()
    {
        var tenants = new MutableTenants(new SyncTenant("a", Berlin, new TimeOnly(6, 0), true), new SyncTenant("b", Berlin, new TimeOnly(6, 0), true));
        var sut = CreateSut(tenants);
        await sut.RefreshAsync(default);

        tenants.Set(new SyncTenant("a", Berlin, new TimeOnly(9, 15), true), new SyncTenant("b", NewYork, new TimeOnly(6, 0), true));
        var changes = await sut.RefreshAsync(default);

        changes.Should().Be(new ScheduleChanges(Added: 0, Moved: 2, Removed: 0));
        await ShouldFireAtAsync("a", "0 15 9 ? * *", Berlin);
        await ShouldFireAtAsync("b", "0 0 6 ? * *", NewYork);
        (await _scheduler.CheckExists(new JobKey("a", Group))).Should().BeTrue();
    }

    [Fact]
    public async Task RefreshAsync_TenantTurnsAutoSyncOffOrLeaves_RemovesItsJobAndTrigger()
    {
        var tenants = new MutableTenants(
            new SyncTenant("stays", Berlin, new TimeOnly(6, 0), true),
            new SyncTenant("off", Berlin, new TimeOnly(6, 0), true),
            new SyncTenant("gone", Berlin, new TimeOnly(6, 0), true));
        var sut = CreateSut(tenants);
        await sut.RefreshAsync(default);

        tenants.Set(new SyncTenant("stays", Berlin, new TimeOnly(6, 0), true), new SyncTenant("off", Berlin, new TimeOnly(6, 0), false));
        var changes = await sut.RefreshAsync(default);

        changes.Should().Be(new ScheduleChanges(Added: 0, Moved: 0, Removed: 2));
        (await TriggerNamesAsync()).Should().Equal("stays");
        (await _scheduler.CheckExists(new JobKey("off", Group))).Should().BeFalse();
        (await _scheduler.CheckExists(new JobKey("gone", Group))).Should().BeFalse();
    }

    [Fact]
    public async Task RefreshAsync_NothingChanged_WritesNothing()
    {
        var tenants = new MutableTenants(new SyncTenant("a", Berlin, new TimeOnly(6, 0), true));
        var sut = CreateSut(tenants);
        await sut.RefreshAsync(default);
        var before = await _scheduler.GetTrigger(new TriggerKey("a", Group));

        var changes = await sut.RefreshAsync(default);

        changes.Any.Should().BeFalse();
        (await _scheduler.GetTrigger(new TriggerKey("a", Group)))!.StartTimeUtc.Should().Be(before!.StartTimeUtc);
    }

    [Fact]
    public async Task RefreshAsync_TenantHasAWaitingRetry_LeavesTheRetryAndTheDailyTrigger()
    {
        var tenants = new MutableTenants(new SyncTenant("a", Berlin, new TimeOnly(6, 0), true));
        var sut = CreateSut(tenants);
        await sut.RefreshAsync(default);
        var retryKey = TenantSchedule.RetryTriggerKey("a", Group);
        await _scheduler.ScheduleJob(TenantSchedule.RetryTrigger("a", Group, new PendingRetry(DateTimeOffset.UtcNow.AddHours(1), 1)));

        var changes = await sut.RefreshAsync(default);

        changes.Any.Should().BeFalse("a retry trigger is not a tenant the keeper does not know");
        (await _scheduler.CheckExists(retryKey)).Should().BeTrue();
        (await TriggerNamesAsync()).Should().Equal("a");
    }

    [Fact]
    public async Task RefreshAsync_TenantWithAWaitingRetryLeavesAutoSync_RemovesTheRetryWithItsJob()
    {
        var tenants = new MutableTenants(new SyncTenant("a", Berlin, new TimeOnly(6, 0), true));
        var sut = CreateSut(tenants);
        await sut.RefreshAsync(default);
        await _scheduler.ScheduleJob(TenantSchedule.RetryTrigger("a", Group, new PendingRetry(DateTimeOffset.UtcNow.AddHours(1), 1)));

        tenants.Set(new SyncTenant("a", Berlin, new TimeOnly(6, 0), false));
        var changes = await sut.RefreshAsync(default);

        changes.Should().Be(new ScheduleChanges(Added: 0, Moved: 0, Removed: 1));
        (await _scheduler.CheckExists(TenantSchedule.RetryTriggerKey("a", Group))).Should().BeFalse();
    }

    [Fact]
    public async Task RefreshAsync_HostJobsInOtherGroups_LeavesThemAlone()
    {
        var hostJob = JobBuilder.Create<NoOpJob>().WithIdentity("cleanup", "host").Build();
        await _scheduler.ScheduleJob(hostJob, TriggerBuilder.Create().WithIdentity("cleanup", "host").WithCronSchedule("0 0 3 ? * *").Build());

        await CreateSut(new MutableTenants()).RefreshAsync(default);

        (await _scheduler.CheckExists(new TriggerKey("cleanup", "host"))).Should().BeTrue();
    }

    [Fact]
    public async Task RefreshAsync_TenantListFails_KeepsTheScheduleAsItWas()
    {
        var tenants = new MutableTenants(new SyncTenant("a", Berlin, new TimeOnly(6, 0), true));
        await CreateSut(tenants).RefreshAsync(default);

        var changes = await CreateSut(new FailingTenants()).RefreshAsync(default);

        changes.Any.Should().BeFalse();
        (await TriggerNamesAsync()).Should().Equal("a");
    }

    [Fact]
    public async Task RefreshAsync_SchedulerUnavailable_ReportsNoChangeInsteadOfThrowing()
    {
        await _scheduler.Shutdown();

        var changes = await CreateSut(new MutableTenants(new SyncTenant("a", Berlin, new TimeOnly(6, 0), true))).RefreshAsync(default);

        changes.Any.Should().BeFalse();
    }

    [Fact]
    public async Task RefreshAsync_ListSuddenlyEmpty_KeepsTheScheduleUntilConfirmed()
    {
        var tenants = new MutableTenants(new SyncTenant("a", Berlin, new TimeOnly(6, 0), true), new SyncTenant("b", Berlin, new TimeOnly(6, 0), true));
        var sut = CreateSut(tenants, o => o.EmptyTenantListConfirmations = 3);
        await sut.RefreshAsync(default);

        tenants.Set();
        var first = await sut.RefreshAsync(default);
        var second = await sut.RefreshAsync(default);
        var namesWhileSuspect = await TriggerNamesAsync();
        var third = await sut.RefreshAsync(default);

        first.Any.Should().BeFalse("one empty answer may be a glitch of the host's store");
        second.Any.Should().BeFalse();
        namesWhileSuspect.Should().BeEquivalentTo("a", "b");
        third.Should().Be(new ScheduleChanges(Added: 0, Moved: 0, Removed: 2));
        (await TriggerNamesAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task RefreshAsync_EmptyOnceThenBack_StartsCountingAgain()
    {
        var tenants = new MutableTenants(new SyncTenant("a", Berlin, new TimeOnly(6, 0), true));
        var sut = CreateSut(tenants, o => o.EmptyTenantListConfirmations = 2);
        await sut.RefreshAsync(default);

        tenants.Set();
        await sut.RefreshAsync(default);
        tenants.Set(new SyncTenant("a", Berlin, new TimeOnly(6, 0), true));
        await sut.RefreshAsync(default);
        tenants.Set();
        var changes = await sut.RefreshAsync(default);

        changes.Any.Should().BeFalse("the empty answers were not in a row");
        (await TriggerNamesAsync()).Should().Equal("a");
    }

    [Fact]
    public async Task RefreshAsync_BadTenantRecords_SkipsThemAndSchedulesTheRest()
    {
        var tenants = new MutableTenants(
            null!,
            new SyncTenant(null!, Berlin, new TimeOnly(6, 0), true),
            new SyncTenant(" ", Berlin, new TimeOnly(6, 0), true),
            new SyncTenant("no-zone", null!, new TimeOnly(6, 0), true),
            new SyncTenant("good", Berlin, new TimeOnly(6, 0), true));

        var changes = await CreateSut(tenants).RefreshAsync(default);

        changes.Should().Be(new ScheduleChanges(Added: 1, Moved: 0, Removed: 0));
        (await TriggerNamesAsync()).Should().Equal("good");
    }

    [Fact]
    public async Task RefreshAsync_RecordTurnsBad_KeepsItsExistingTrigger()
    {
        var tenants = new MutableTenants(new SyncTenant("a", Berlin, new TimeOnly(6, 0), true), new SyncTenant("b", Berlin, new TimeOnly(6, 0), true));
        var sut = CreateSut(tenants);
        await sut.RefreshAsync(default);

        tenants.Set(new SyncTenant("a", null!, new TimeOnly(6, 0), true), new SyncTenant("b", Berlin, new TimeOnly(6, 0), true));
        var changes = await sut.RefreshAsync(default);

        changes.Any.Should().BeFalse("a tenant whose record cannot be read is not a tenant that left");
        (await TriggerNamesAsync()).Should().BeEquivalentTo("a", "b");
    }

    private ScheduleKeeper CreateSut(ISyncTenantProvider tenants, Action<QuartzSchedulingOptions> configure)
    {
        var options = new QuartzSchedulingOptions();
        configure(options);
        return new(() => new FixedSchedulerFactory(_scheduler), () => tenants, Options.Create(options), TimeProvider.System, NullLogger<ScheduleKeeper>.Instance);
    }

    private ScheduleKeeper CreateSut(ISyncTenantProvider tenants) =>
        new(() => new FixedSchedulerFactory(_scheduler), () => tenants, Options.Create(new QuartzSchedulingOptions()), TimeProvider.System, NullLogger<ScheduleKeeper>.Instance);

    private async Task<IEnumerable<string>> TriggerNamesAsync() =>
        (await _scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(Group))).Select(k => k.Name);

    private async Task ShouldFireAtAsync(string tenant, string cronExpression, TimeZoneInfo zone)
    {
        var trigger = (await _scheduler.GetTrigger(new TriggerKey(tenant, Group))).Should().BeAssignableTo<ICronTrigger>().Subject;
        trigger.CronExpressionString.Should().Be(cronExpression);
        trigger.TimeZone.Id.Should().Be(zone.Id);
    }

    private sealed class FailingTenants : ISyncTenantProvider
    {
        public Task<IReadOnlyList<SyncTenant>> GetTenantsAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("tenant database down");

        public Task<SyncTenant?> FindTenantAsync(string tenantId, CancellationToken cancellationToken) => throw new InvalidOperationException("tenant database down");
    }

    private sealed class NoOpJob : IJob
    {
        public Task Execute(IJobExecutionContext context) => Task.CompletedTask;
    }
}
