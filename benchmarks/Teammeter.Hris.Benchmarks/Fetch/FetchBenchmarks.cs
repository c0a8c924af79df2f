using BenchmarkDotNet.Attributes;
using Teammeter.Hris.Apideck;
using Teammeter.Hris.Benchmarks.Infrastructure;
using Teammeter.Hris.Sample;
using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Sample.Hosting;

namespace Teammeter.Hris.Benchmarks.Fetch;

/// <summary>
/// Issue 7, benchmark 3: reading 20,000 employees from the embedded Apideck server over loopback through the real
/// package composition, against a raw <see cref="HttpClient"/> loop over the same pages.
/// </summary>
/// <remarks>
/// <para>
/// Every invocation must cost exactly <c>ceil(N / 200)</c> employee requests: <see cref="Cleanup"/> checks the
/// server's counter against the invocations and fails the run otherwise. <see cref="Setup"/> prints the body bytes
/// per employee with and without <c>fields</c> narrowing.
/// </para>
/// <para>
/// <see cref="Server"/> puts the server in this process or in one of its own (<see cref="ServerProcess"/>, its
/// counters read over stdin); both serve the same organisation and are checked the same way.
/// </para>
/// </remarks>
[MemoryDiagnoser]
public class FetchBenchmarks
{
    private const string Tenant = "fetch";
    private const string EmployeesPath = "/hris/employees";

    // One of the two, by Server.
    private FakeApideckServer? server;
    private ServerProcess? serverProcess;
    private SyncHost host = null!;
    private ScratchDirectory scratch = null!;
    private RawPageLoop narrowedLoop = null!;
    private RawPageLoop fullLoop = null!;
    private int invocations;

    [Params(20_000)]
    public int Employees { get; set; }

    /// <summary>Where the server runs: <see cref="ServerPlacement.InProcess"/> is the original set-up.</summary>
    [ParamsAllValues]
    public ServerPlacement Server { get; set; }

    private int PagesPerRead => (Employees + 199) / 200;

    [GlobalSetup]
    public void Setup()
    {
        var endpoint = Server == ServerPlacement.OwnProcess ? StartServerProcess() : StartServer();
        scratch = new ScratchDirectory("fetch");
        host = SyncHost.Create(endpoint, new SqliteTeammeterSink(scratch.File("unused.db")), new EmlInvitationSender(scratch.File("outbox")));
        narrowedLoop = new RawPageLoop(endpoint, Tenant, ApideckEmployeeFields.QueryValue);
        fullLoop = new RawPageLoop(endpoint, Tenant, fields: null);

        var narrowed = MeasureBytes(() => narrowedLoop.ReadAllAsync(CancellationToken.None));
        var full = MeasureBytes(() => fullLoop.ReadAllAsync(CancellationToken.None));
        var package = MeasureBytes(async () =>
        {
            var snapshot = await host.Source.ReadSnapshotAsync(Tenant);
            return snapshot.Employees.Count == Employees ? PagesPerRead : throw new InvalidOperationException($"Read {snapshot.Employees.Count} employees, expected {Employees}.");
        });
        Console.WriteLine($"// Wire bytes per employee (response bodies): package {package:F1}, raw narrowed {narrowed:F1}, raw without fields {full:F1} ({100 * (1 - (narrowed / full)):F0}% smaller with fields)");

        ResetCounters();
        invocations = 0;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var (requests, _) = ReadCounters();
        var expected = invocations * PagesPerRead;
        narrowedLoop.Dispose();
        fullLoop.Dispose();
        host.DisposeAsync().AsTask().GetAwaiter().GetResult();
        server?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        serverProcess?.Dispose();
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

    private ApideckEndpoint StartServer()
    {
        server = FakeApideckServer.StartAsync(null, CancellationToken.None).GetAwaiter().GetResult();
        server.Tenants.Add(Tenant, SyntheticOrganisation.Create(Employees, seed: 7));
        return ApideckEndpoint.Of(server);
    }

    // apideck-server builds the same organisation (SyntheticOrganisation.Create(N, seed: 7)).
    private ApideckEndpoint StartServerProcess()
    {
        serverProcess = ServerProcess.Start(Employees, Tenant);
        return serverProcess.Endpoint;
    }

    private (int EmployeeRequests, long BytesSent) ReadCounters() =>
        serverProcess?.ReadCounters() ?? (server!.Counters.RequestsFor(EmployeesPath), server.Counters.BytesSent);

    private void ResetCounters()
    {
        if (serverProcess is not null)
        {
            serverProcess.ResetCounters();
        }
        else
        {
            server!.Counters.Reset();
        }
    }

    private double MeasureBytes(Func<Task<int>> read)
    {
        ResetCounters();
        var pages = read().GetAwaiter().GetResult();
        var (requests, bytes) = ReadCounters();
        if (pages != PagesPerRead || requests != PagesPerRead)
        {
            throw new InvalidOperationException($"Expected exactly {PagesPerRead} employee requests, saw {pages} pages and {requests} requests.");
        }

        return bytes / (double)Employees;
    }
}
