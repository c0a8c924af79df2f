using BenchmarkDotNet.Attributes;
using Teammeter.Hris.Benchmarks.Infrastructure;
using Teammeter.Hris.Sample;
using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Sync;
using Teammeter.Hris.Sample.Hosting;

namespace Teammeter.Hris.Benchmarks.EndToEnd;

/// <summary>
/// Issue 7, benchmark 4: one tenant of 10,000 employees, read from the embedded Apideck server over loopback,
/// planned, and applied into the sample's <see cref="SqliteTeammeterSink"/>, through <c>IPersonioSync.SyncAsync</c>.
/// </summary>
/// <remarks>
/// The baseline is the reading the engine cannot avoid (the HR snapshot and the tenant's stored state, in parallel,
/// as the engine does), so the ratio is what planning and applying add. <see cref="Cleanup"/> prints the peak
/// resident set of the measured iterations and the number of write transactions per sync, and fails the run when
/// applying was not batched.
/// </remarks>
[MemoryDiagnoser]
[InvocationCount(1)]
[WarmupCount(2)]
[IterationCount(10)]
public class EndToEndBenchmarks
{
    private const string Tenant = "e2e";

    private FakeApideckServer server = null!;
    private ScratchDirectory scratch = null!;
    private MeteredSink sink = null!;
    private SyncHost host = null!;
    private int databases;
    private int syncs;
    private long setupResidentBytes;

    [Params(10_000)]
    public int Employees { get; set; }

    [ParamsAllValues]
    public EndToEndScenario Scenario { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        server = FakeApideckServer.StartAsync(null, CancellationToken.None).GetAwaiter().GetResult();
        server.Tenants.Add(Tenant, SyntheticOrganisation.Create(Employees, seed: 11));
        scratch = new ScratchDirectory("e2e");
        sink = new MeteredSink(NewDatabase());
        host = SyncHost.Create(ApideckEndpoint.Of(server), sink, new EmlInvitationSender(scratch.File("outbox")));
        if (Scenario == EndToEndScenario.SteadyState)
        {
            var initial = host.Sync.SyncAsync(Tenant).GetAwaiter().GetResult();
            Console.WriteLine($"// Initial sync for the steady state: {initial.AppliedOperations} operations applied");
        }

        sink.Reset();
        GC.Collect();
        setupResidentBytes = PeakMemory.CurrentBytes;
        PeakMemory.Reset();
    }

    [IterationSetup]
    public void NewDatabaseForInitialSync()
    {
        if (Scenario == EndToEndScenario.Initial)
        {
            sink.Inner = NewDatabase();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var peak = PeakMemory.PeakBytes;
        host.DisposeAsync().AsTask().GetAwaiter().GetResult();
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        scratch.Dispose();
        Console.WriteLine($"// Resident set after set-up {PeakMemory.Megabytes(setupResidentBytes)}; peak during the measured invocations {PeakMemory.Megabytes(peak)}{(PeakMemory.CanReset ? string.Empty : " (peak of the whole process: this OS cannot reset it)")}");
        if (syncs == 0)
        {
            return;
        }

        var operations = sink.Operations / syncs;
        var transactions = sink.ApplyCalls / (double)syncs;
        Console.WriteLine($"// Per sync: {operations} operations applied in {transactions:F1} write transactions");

        // Batched means one transaction per ApplyBatchSize operations of a phase, so at most one extra per phase.
        var allowed = (operations / new PersonioSyncOptions().ApplyBatchSize) + ApplyPhase.Count;
        if (transactions > allowed)
        {
            throw new InvalidOperationException($"Applying {operations} operations took {transactions} transactions per sync; batching allows at most {allowed}.");
        }
    }

    /// <summary>What any sync must read: the HR snapshot and the stored state, concurrently.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> ReadOnly()
    {
        var snapshot = host.Source.ReadSnapshotAsync(Tenant);
        var state = sink.LoadAsync(Tenant, CancellationToken.None);
        return (await snapshot).Employees.Count + (await state).Users.Count;
    }

    /// <summary>The whole run: read, plan, apply in batched transactions, report.</summary>
    [Benchmark]
    public async Task<int> Sync()
    {
        var report = await host.Sync.SyncAsync(Tenant);
        syncs++;
        return report.AppliedOperations;
    }

    private SqliteTeammeterSink NewDatabase()
    {
        var database = new SqliteTeammeterSink(scratch.File($"teammeter-{++databases}.db"));

        // The first call creates the schema; do it here so the measured sync starts on a ready database.
        database.LoadAsync(Tenant, CancellationToken.None).GetAwaiter().GetResult();
        return database;
    }
}
