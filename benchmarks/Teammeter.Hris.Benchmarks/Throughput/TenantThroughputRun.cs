using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Teammeter.Hris.Benchmarks.Infrastructure;
using Teammeter.Hris.Sample;
using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Sample.Hosting;

namespace Teammeter.Hris.Benchmarks.Throughput;

/// <summary>
/// Issue 11's throughput run: many tenants, each with its own organisation on the embedded Apideck server, synced
/// by one process with bounded parallelism into one SQLite database, as a backend node does its daily work.
/// </summary>
/// <remarks>
/// Not a BenchmarkDotNet class: one pass over 1,000 tenants is the measurement, and repeating it in BenchmarkDotNet's
/// warm-up and pilot stages would only multiply minutes. Two passes run: the initial sync of every tenant (everything
/// created) and then the daily sync (nothing changed). Each pass must cost exactly <c>ceil(employees / 200)</c>
/// employee requests per tenant, or the run fails.
/// </remarks>
internal static class TenantThroughputRun
{
    private const string EmployeesPath = "/hris/employees";

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        ThroughputSettings settings;
        try
        {
            settings = ThroughputSettings.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }

        PrintMachine(settings);
        await using var server = await FakeApideckServer.StartAsync(null, CancellationToken.None);
        var tenants = Enumerable.Range(1, settings.Tenants).Select(i => $"tenant-{i:D5}").ToArray();
        for (var i = 0; i < tenants.Length; i++)
        {
            server.Tenants.Add(tenants[i], SyntheticOrganisation.Create(settings.Employees, seed: i + 1));
        }

        using var scratch = new ScratchDirectory("throughput");
        var sink = new MeteredSink(new SqliteTeammeterSink(scratch.File("teammeter.db")));
        await using var host = SyncHost.Create(ApideckEndpoint.Of(server), sink, new EmlInvitationSender(scratch.File("outbox")), settings.Parallelism);
        using var clock = new PhaseClock();

        var failures = 0;
        foreach (var pass in new[] { "initial sync", "daily sync (no changes)" })
        {
            failures += await RunPassAsync(pass, tenants, settings, server, sink, host, clock);
        }

        return failures == 0 ? 0 : 1;
    }

    private static async Task<int> RunPassAsync(string pass, string[] tenants, ThroughputSettings settings, FakeApideckServer server, MeteredSink sink, SyncHost host, PhaseClock clock)
    {
        server.Counters.Reset();
        sink.Reset();
        clock.Reset();
        GC.Collect();
        var residentBefore = PeakMemory.CurrentBytes;
        var heapPeak = 0L;
        PeakMemory.Reset();

        var operations = 0L;
        var errors = new ConcurrentQueue<string>();
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                heapPeak = Math.Max(heapPeak, GC.GetTotalMemory(forceFullCollection: false));
                await Task.Delay(50, CancellationToken.None);
            }
        });

        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(tenants, new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism }, async (tenant, ct) =>
        {
            try
            {
                var report = await host.Sync.SyncAsync(tenant, cancellationToken: ct);
                Interlocked.Add(ref operations, report.AppliedOperations);
            }
            catch (Exception ex) when (ex is HrisSourceException or SyncApplyException)
            {
                errors.Enqueue($"{tenant}: {ex.GetType().Name}: {ex.Message}");
            }
        });
        stopwatch.Stop();
        await sampling.CancelAsync();
        await sampler;

        var elapsed = stopwatch.Elapsed;
        var requests = server.Counters.RequestsFor(EmployeesPath);
        var expectedRequests = tenants.Length * ((settings.Employees + 199) / 200);
        var phases = clock.Read + clock.Plan + clock.Apply;
        var other = clock.Runs - phases;
        var perTenant = (TimeSpan total) => total.TotalMilliseconds / tenants.Length;
        var share = (TimeSpan part) => clock.Runs > TimeSpan.Zero ? 100 * part / clock.Runs : 0;

        Console.WriteLine();
        Console.WriteLine($"## {pass}: {tenants.Length} tenants x {settings.Employees} employees, parallelism {settings.Parallelism}");
        Console.WriteLine();
        Console.WriteLine("| Figure | Value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| Wall time | {elapsed.TotalSeconds:F1} s |");
        Console.WriteLine($"| Tenants per minute | {tenants.Length / elapsed.TotalMinutes:F0} |");
        Console.WriteLine($"| Employee requests | {requests} ({requests / (double)tenants.Length:F2} per tenant; expected exactly {expectedRequests}) |");
        Console.WriteLine($"| Operations applied | {operations} in {sink.ApplyCalls} write transactions |");
        Console.WriteLine($"| Resident set before the pass | {PeakMemory.Megabytes(residentBefore)} |");
        Console.WriteLine($"| Peak resident set during the pass | {PeakMemory.Megabytes(PeakMemory.PeakBytes)}{(PeakMemory.CanReset ? string.Empty : " (whole process)")} |");
        Console.WriteLine($"| Peak managed heap during the pass (sampled every 50 ms) | {PeakMemory.Megabytes(heapPeak)} |");
        Console.WriteLine($"| Run time per tenant (engine's run activity) | {perTenant(clock.Runs):F1} ms |");
        Console.WriteLine($"| - read (HR pages and stored state, in parallel) | {perTenant(clock.Read):F1} ms ({share(clock.Read):F0}%) |");
        Console.WriteLine($"| - plan | {perTenant(clock.Plan):F1} ms ({share(clock.Plan):F0}%) |");
        Console.WriteLine($"| - apply | {perTenant(clock.Apply):F1} ms ({share(clock.Apply):F0}%) |");
        Console.WriteLine($"| - other (waiting for the tenant gate, settings, report) | {perTenant(other):F1} ms ({share(other):F0}%) |");
        Console.WriteLine($"| Failed tenants | {errors.Count} |");

        foreach (var error in errors.Take(5))
        {
            Console.WriteLine($"FAILED {error}");
        }

        if (requests != expectedRequests)
        {
            Console.WriteLine($"FAILED: {requests} employee requests, expected exactly {expectedRequests}.");
            return 1;
        }

        return errors.IsEmpty ? 0 : 1;
    }

    private static void PrintMachine(ThroughputSettings settings)
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        Console.WriteLine($"# Tenant throughput: {settings.Tenants} tenants x {settings.Employees} employees, parallelism {settings.Parallelism}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} logical cores ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, server GC {System.Runtime.GCSettings.IsServerGC}"));
    }
}
