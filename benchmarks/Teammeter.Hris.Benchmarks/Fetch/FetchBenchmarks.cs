using BenchmarkDotNet.Attributes;
using Teammeter.Hris.Apideck;
using Teammeter.Hris.Benchmarks.Infrastructure;
using Teammeter.Hris.Sample;
using Teammeter.Hris.Sample.ApideckServer;

namespace Teammeter.Hris.Benchmarks.Fetch;

/// <summary>
/// Issue 7, benchmark 3: reading 20,000 employees from the embedded Apideck server over loopback through the real
/// package composition, against a raw <see cref="HttpClient"/> loop over the same pages.
/// </summary>
/// <remarks>
/// Every invocation must cost exactly <c>ceil(N / 200)</c> employee requests: <see cref="Cleanup"/> checks the
/// server's counter against the invocations and fails the run otherwise. <see cref="Setup"/> prints the body bytes
/// per employee with and without <c>fields</c> narrowing.
/// </remarks>
[MemoryDiagnoser]
public class FetchBenchmarks
{
    private const string Tenant = "fetch";
    private const string EmployeesPath = "/hris/employees";

    private FakeApideckServer server = null!;
    private SyncHost host = null!;
    private ScratchDirectory scratch = null!;
    private RawPageLoop narrowedLoop = null!;
    private RawPageLoop fullLoop = null!;
    private int invocations;

    [Params(20_000)]
    public int Employees { get; set; }

    private int PagesPerRead => (Employees + 199) / 200;

    [GlobalSetup]
    public void Setup()
    {
        server = FakeApideckServer.StartAsync(null, CancellationToken.None).GetAwaiter().GetResult();
        server.Tenants.Add(Tenant, SyntheticOrganisation.Create(Employees, seed: 7));
        scratch = new ScratchDirectory("fetch");
        host = SyncHost.Create(ApideckEndpoint.Of(server), new SqliteTeammeterSink(scratch.File("unused.db")), new EmlInvitationSender(scratch.File("outbox")));
        narrowedLoop = new RawPageLoop(ApideckEndpoint.Of(server), Tenant, ApideckEmployeeFields.QueryValue);
        fullLoop = new RawPageLoop(ApideckEndpoint.Of(server), Tenant, fields: null);

        var narrowed = MeasureBytes(() => narrowedLoop.ReadAllAsync(CancellationToken.None));
        var full = MeasureBytes(() => fullLoop.ReadAllAsync(CancellationToken.None));
        var package = MeasureBytes(async () =>
        {
            var snapshot = await host.Source.ReadSnapshotAsync(Tenant);
            return snapshot.Employees.Count == Employees ? PagesPerRead : throw new InvalidOperationException($"Read {snapshot.Employees.Count} employees, expected {Employees}.");
        });
        Console.WriteLine($"// Wire bytes per employee (response bodies): package {package:F1}, raw narrowed {narrowed:F1}, raw without fields {full:F1} ({100 * (1 - (narrowed / full)):F0}% smaller with fields)");

        server.Counters.Reset();
        invocations = 0;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var requests = server.Counters.RequestsFor(EmployeesPath);
        var expected = invocations * PagesPerRead;
        narrowedLoop.Dispose();
        fullLoop.Dispose();
        host.DisposeAsync().AsTask().GetAwaiter().GetResult();
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        scratch.Dispose();
        Console.WriteLine($"// {invocations} invocations, {requests} employee requests ({(invocations == 0 ? 0 : requests / (double)invocations):F2} per read, ceil(N/200) = {PagesPerRead})");
        if (requests != expected)
        {
            throw new InvalidOperationException($"Expected exactly {expected} employee requests ({invocations} reads x {PagesPerRead} pages), the server counted {requests}.");
        }
    }

    /// <summary>The floor: the same pages (same <c>fields</c>), bodies read and discarded, only the next cursor parsed.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> RawHttpLoop()
    {
        invocations++;
        return await narrowedLoop.ReadAllAsync(CancellationToken.None);
    }

    /// <summary>The same raw loop without <c>fields</c>: what narrowing saves on the wire.</summary>
    [Benchmark]
    public async Task<int> RawHttpLoopWithoutFields()
    {
        invocations++;
        return await fullLoop.ReadAllAsync(CancellationToken.None);
    }

    /// <summary>
    /// The package's typed client alone: the same requests through the resilience pipeline, each page decoded and
    /// mapped by <c>ApideckEmployeeReader</c> and then dropped. The step between the raw loop and a snapshot.
    /// </summary>
    [Benchmark]
    public async Task<int> TypedClientPages()
    {
        invocations++;
        var pages = 0;
        await foreach (var page in host.Client.GetEmployeePagesAsync(Tenant, CancellationToken.None))
        {
            pages += page.Items.Count > 0 ? 1 : 0;
        }

        return pages;
    }

    /// <summary>
    /// The typed client's pages with every employee kept in one list, as a snapshot keeps them: what surviving the
    /// read's collections costs, without the source's bookkeeping.
    /// </summary>
    [Benchmark]
    public async Task<int> TypedClientPagesKept()
    {
        invocations++;
        var kept = new List<HrisEmployee>();
        await foreach (var page in host.Client.GetEmployeePagesAsync(Tenant, CancellationToken.None))
        {
            kept.AddRange(page.Items);
        }

        return kept.Count;
    }

    /// <summary>The package: <c>IHrisSource.ReadSnapshotAsync</c> from <c>AddPersonioSync</c> (typed client, resilience, decoding, mapping).</summary>
    [Benchmark]
    public async Task<int> ReadSnapshot()
    {
        invocations++;
        var snapshot = await host.Source.ReadSnapshotAsync(Tenant);
        return snapshot.Employees.Count;
    }

    private double MeasureBytes(Func<Task<int>> read)
    {
        server.Counters.Reset();
        var pages = read().GetAwaiter().GetResult();
        var requests = server.Counters.RequestsFor(EmployeesPath);
        if (pages != PagesPerRead || requests != PagesPerRead)
        {
            throw new InvalidOperationException($"Expected exactly {PagesPerRead} employee requests, saw {pages} pages and {requests} requests.");
        }

        return server.Counters.BytesSent / (double)Employees;
    }
}
