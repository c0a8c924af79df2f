using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Teammeter.Hris.Scheduling;
using Teammeter.Hris.Webhooks;
using Teammeter.Hris.Sample.Serve;
using Teammeter.Hris.Tests.Helpers;

namespace Teammeter.Hris.Tests.Quartz.Postgres;

/// <summary>
/// Several Quartz nodes in one process share one clustered job store on PostgreSQL, each with its own instance id,
/// service provider and engine spy, the way backend nodes share a database.
/// </summary>
[Collection(SerialCollection.Name)] // timing-sensitive: keep other tests' load off the two cores meanwhile
public sealed class ClusteredSchedulingTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static readonly TimeZoneInfo[] Zones =
    [
        TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"),
        TimeZoneInfo.FindSystemTimeZoneById("America/New_York"),
        TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata"),
    ];

    private readonly string _cluster = $"cluster-{Guid.NewGuid():N}";

    [PostgresFact]
    public async Task ThreeNodes_TwoHundredTenantsDueTogether_EachTenantSyncsExactlyOnceAcrossTheCluster()
    {
        var ledger = new SyncLedger();
        // Setting up three nodes and 200 triggers took over 10 s on a loaded 2-core machine: leave ample lead time.
        var due = WholeSecond(DateTimeOffset.UtcNow.AddSeconds(25));
        var tenants = new MutableTenants(Enumerable.Range(0, 200)
            .Select(i => TenantDueAt($"tenant-{i:000}", Zones[i % Zones.Length], due.AddSeconds(i % 3)))
            .ToArray());
        var nodes = new List<QuartzNode>();
        try
        {
            foreach (var name in (string[])["node-1", "node-2", "node-3"])
            {
                nodes.Add(await CreateNodeAsync(name, new SpySync(name, ledger) { WorkTime = TimeSpan.FromMilliseconds(20) }, tenants, TimeSpan.FromSeconds(7)));
            }

            (await nodes[0].Keeper.RefreshAsync(default)).Added.Should().Be(200);
            (await nodes[1].Keeper.RefreshAsync(default)).Any.Should().BeFalse("every node's keeper computes the same triggers");
            DateTimeOffset.UtcNow.Should().BeBefore(due, "the schedule must be in place before the tenants fall due");
            foreach (var node in nodes)
            {
                await node.Scheduler.Start();
            }

            await Eventually.TrueAsync(() => ledger.CompletionsByTenant().Count == 200, TimeSpan.FromSeconds(60));
            await Task.Delay(TimeSpan.FromSeconds(1)); // room for a duplicate to show up

            ledger.CompletionsByTenant().Values.Should().AllSatisfy(count => count.Should().Be(1));
            ledger.Completed.Select(c => c.Node).Distinct().Should().HaveCountGreaterThan(1, "the cluster shares the work");
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }

    [PostgresFact]
    public async Task NodeDiesMidRun_SurvivorRerunsTheInterruptedTenants_AndNoTenantCompletesTwice()
    {
        var ledger = new SyncLedger();
        var due = WholeSecond(DateTimeOffset.UtcNow.AddSeconds(4));
        var tenants = new MutableTenants(Enumerable.Range(0, 12)
            .Select(i => TenantDueAt($"tenant-{i:00}", Zones[i % Zones.Length], due))
            .ToArray());
        // The doomed node's runs start and never finish, as on a machine that lost power mid-sync.
        await using var doomed = await CreateNodeAsync("doomed", new SpySync("doomed", ledger) { Hang = true }, tenants, TimeSpan.FromSeconds(1), threads: 4);
        await using var survivor = await CreateNodeAsync("survivor", new SpySync("survivor", ledger), tenants, TimeSpan.FromSeconds(1), threads: 4);
        await doomed.Keeper.RefreshAsync(default);
        await doomed.Scheduler.Start();
        await Eventually.TrueAsync(() => ledger.StartedOn("doomed").Count == 4, TimeSpan.FromSeconds(20));
        var interrupted = ledger.StartedOn("doomed");

        await doomed.Scheduler.Shutdown(waitForJobsToComplete: false);
        await survivor.Scheduler.Start();
        await Eventually.TrueAsync(() => ledger.CompletionsByTenant().Count == 12, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(1));

        ledger.CompletionsByTenant().Values.Should().AllSatisfy(count => count.Should().Be(1));
        ledger.Completed.Should().OnlyContain(c => c.Node == "survivor");
        ledger.StartedOn("survivor").Should().Contain(interrupted, "the survivor recovers the dead node's runs");
    }

    [PostgresFact]
    public async Task TwoNodes_OneWebhookDeliveredToEachNode_OneRunAcrossTheCluster()
    {
        var ledger = new SyncLedger();
        var tenants = new MutableTenants(new SyncTenant("tenant-w", TimeZoneInfo.Utc, new TimeOnly(3, 0), AutoSync: false));
        await using var first = await CreateNodeAsync("node-1", new SpySync("node-1", ledger), tenants, TimeSpan.FromSeconds(7), webhooks: true);
        await using var second = await CreateNodeAsync("node-2", new SpySync("node-2", ledger), tenants, TimeSpan.FromSeconds(7), webhooks: true);
        await first.Scheduler.Start();
        await second.Scheduler.Start();
        var delivery = new ApideckWebhookEvent("hris.employee.updated", "evt-1", "tenant-w", "personio", "employee", "emp-1", 1, null);

        // Apideck delivers to one node; its retry of the same event lands on the other one, inside the window.
        await first.Services.GetRequiredService<ApideckWebhookProcessor>().HandleAsync(delivery, default);
        await second.Services.GetRequiredService<ApideckWebhookProcessor>().HandleAsync(delivery with { ExecutionAttempt = 2 }, default);
        await Eventually.TrueAsync(() => !ledger.Completed.IsEmpty, TimeSpan.FromSeconds(30));
        await Eventually.TrueAsync(
            () => !first.Scheduler.CheckExists(TenantSchedule.JobKey("tenant-w", "teammeter-hris")).Result,
            TimeSpan.FromSeconds(30)); // the one-off trigger has run and its job is gone: nothing more can fire

        ledger.Completed.Should().ContainSingle();
        ledger.Triggers.Should().Equal(("tenant-w", SyncTrigger.Webhook));
    }

    [PostgresFact]
    public async Task TwoNodes_ScheduledRunFails_RetriesFromTheClusteredStoreRecordedAsRetry()
    {
        // One engine double for the cluster: the run and its first retry fail, the second retry succeeds, wherever
        // each one runs. The failing retry writes its successor under its own key while it fires.
        var sync = new FlakySync { Failures = 2 };
        var tenants = new MutableTenants(new SyncTenant("tenant-r", TimeZoneInfo.Utc, new TimeOnly(3, 0), AutoSync: true));
        await using var first = await CreateNodeAsync("node-1", sync, tenants, TimeSpan.FromSeconds(7), configure: RetryAfterOneSecond);
        await using var second = await CreateNodeAsync("node-2", sync, tenants, TimeSpan.FromSeconds(7), configure: RetryAfterOneSecond);
        await first.Scheduler.Start();
        await second.Scheduler.Start();

        // What the tenant's daily cron trigger does at its time: fire the job without a trigger kind.
        await first.Scheduler.ScheduleJob(
            TenantSchedule.Job("tenant-r", "teammeter-hris"),
            TriggerBuilder.Create().WithIdentity("tenant-r", "teammeter-hris").ForJob("tenant-r", "teammeter-hris").StartNow().Build());
        await Eventually.TrueAsync(() => sync.Calls == 3, TimeSpan.FromSeconds(30));
        await Eventually.TrueAsync(
            () => !first.Scheduler.CheckExists(TenantSchedule.JobKey("tenant-r", "teammeter-hris")).Result,
            TimeSpan.FromSeconds(30)); // both one-off triggers have run and the job is gone: nothing more can fire

        sync.Triggers.Should().Equal(SyncTrigger.Schedule, SyncTrigger.Retry, SyncTrigger.Retry);
    }

    private Task<QuartzNode> CreateNodeAsync(string name, IPersonioSync sync, ISyncTenantProvider tenants, TimeSpan checkinMisfireThreshold, int threads = 10, bool webhooks = false, Action<PersonioSyncBuilder>? configure = null) =>
        QuartzNode.CreateAsync(sync, tenants, q =>
        {
            q.SchedulerName = _cluster;
            q.SchedulerId = name;
            q.UseDefaultThreadPool(pool => pool.MaxConcurrency = threads);
            q.UsePersistentStore(store =>
            {
                store.UseProperties = true;
                store.PerformSchemaValidation = true;
                // A data source per node, so one node's shutdown does not close the others' connections.
                store.UsePostgres(ado => ado.ConnectionString = postgres.ConnectionString, dataSourceName: name);
                store.UseClustering(cluster =>
                {
                    cluster.CheckinInterval = TimeSpan.FromSeconds(1);
                    cluster.CheckinMisfireThreshold = checkinMisfireThreshold;
                });
                store.UseSerializer<StringJobDataSerializer>();
            });
        }, configure ?? (webhooks ? WithWebhooks : null));

    private static void WithWebhooks(PersonioSyncBuilder builder)
    {
        // The engine is a spy; the sink and sender only satisfy the start-up check the options run.
        builder.Services.AddSingleton<ITeammeterSink>(new InMemoryTeammeterSink());
        builder.Services.AddSingleton<IInvitationSender>(new RecordingInvitationSender());
        builder.AddApideckWebhooks(o => o.DebounceWindow = TimeSpan.FromSeconds(2));
    }

    private static void RetryAfterOneSecond(PersonioSyncBuilder builder)
    {
        // The engine is a spy; the sink and sender only satisfy the options' start-up check the retry reads through.
        builder.Services.AddSingleton<ITeammeterSink>(new InMemoryTeammeterSink());
        builder.Services.AddSingleton<IInvitationSender>(new RecordingInvitationSender());
        builder.Services.Configure<PersonioSyncOptions>(o =>
        {
            o.FailedRunRetries = 2;
            o.FailedRunRetryDelay = TimeSpan.FromSeconds(1);
        });
    }

    private static SyncTenant TenantDueAt(string id, TimeZoneInfo zone, DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return new SyncTenant(id, zone, new TimeOnly(local.Hour, local.Minute, local.Second), AutoSync: true);
    }

    private static DateTimeOffset WholeSecond(DateTimeOffset at) => new(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), at.Offset);
}
