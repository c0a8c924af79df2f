using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Teammeter.Hris.Apideck;

namespace Teammeter.Hris.Benchmarks.Loopback;

/// <summary>
/// <c>--stages --url U [--tenant T] [--rounds R] [--logging console|none]</c>: where the time of one page goes, in a
/// fresh process (round 1, cold) and a warm one (the median of rounds 2..R). Not a benchmark: a stage clock.
/// </summary>
/// <remarks>
/// The package is composed as the sample composes it (<c>AddPersonioSync</c>, a console logger at Warning unless
/// <c>--logging none</c>), with three timing handlers put into the client's handler chain: before the resilience
/// handler, inside the attempt (after it) and after <c>ApideckBufferingHandler</c>, next to the factory's inner
/// logging handler. From their enter and exit times each page splits into: the client building the request and the
/// factory's logging scope, the resilience pipeline going in, the send until the headers, reading the body inside
/// the attempt, the pipeline coming out, and decoding (everything from the response leaving the handlers to the page
/// being yielded; since issue 23 the reader maps records as it decodes them, so this includes mapping). The
/// snapshot's bookkeeping is timed on the decoded page the way <c>ApideckHrisSource</c> does it. A raw client (send, body into a buffer, <c>JsonDocument.Parse</c>) reads the
/// same pages in the same process after the package, so its round 1 is not cold for what the two share.
/// </remarks>
internal static class PageStageClock
{
    private static readonly string[] Names =
    [
        "client + logging scope in",
        "resilience in",
        "send -> headers",
        "body read (buffering handler)",
        "resilience out",
        "logging scope out + decode and map + checks",
        "snapshot bookkeeping",
    ];

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = ModeOptions.Parse(args, new Dictionary<string, string> { ["--tenant"] = "e2e", ["--rounds"] = "10", ["--logging"] = "console" }, "--url");
        if (options is null)
        {
            return 2;
        }

        if (!options.TryGetValue("--url", out var url))
        {
            await Console.Error.WriteLineAsync("--stages needs --url (start one with: apideck-server --employees 50000).");
            return 2;
        }

        var tenant = options["--tenant"];
        var rounds = int.Parse(options["--rounds"], CultureInfo.InvariantCulture);
        var marks = new Marks();
        var services = new ServiceCollection();
        services.AddSingleton<ITeammeterSink>(new NoSink());
        services.AddSingleton<IInvitationSender>(new NoSink());
        if (options["--logging"] == "console")
        {
            services.AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        }

        var sync = services.AddPersonioSync(o =>
        {
            o.ApideckBaseAddress = new Uri(url);
            o.ApiKey = "demo-api-key";
            o.AppId = "demo-app";
        });
        sync.HttpClient.ConfigureAdditionalHttpMessageHandlers((handlers, _) =>
        {
            // Registered after the package's own handlers, so this sees [resilience, buffering].
            handlers.Insert(0, new MarkHandler(marks, 0));
            handlers.Insert(2, new MarkHandler(marks, 1));
            handlers.Add(new MarkHandler(marks, 2));
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ApideckClient>();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Stage clock against {url}, tenant '{tenant}', logging {options["--logging"]}, {rounds} rounds; load average {File.ReadAllText("/proc/loadavg")[..14]}"));
        Console.WriteLine($"TieredCompilation={Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") ?? "default"}, TieredPGO={Environment.GetEnvironmentVariable("DOTNET_TieredPGO") ?? "default"}, ReadyToRun={Environment.GetEnvironmentVariable("DOTNET_ReadyToRun") ?? "default"}, server GC={GCSettings.IsServerGC}");
        var package = new List<RoundResult>();
        var raw = new List<RoundResult>();
        for (var round = 1; round <= rounds; round++)
        {
            package.Add(await PackageRoundAsync(client, tenant, marks));
            raw.Add(await RawRoundAsync(url, tenant));
        }

        Print("package, round 1 (cold process)", package[0]);
        Print("raw client, round 1 (after the package's round 1)", raw[0]);
        if (rounds > 1)
        {
            Print($"package, warm (median of rounds 2..{rounds})", RoundResult.Median(package.Skip(1)));
            Print($"raw client, warm (median of rounds 2..{rounds})", RoundResult.Median(raw.Skip(1)));
        }

        return 0;
    }

    private static async Task<RoundResult> PackageRoundAsync(ApideckClient client, string tenant, Marks marks)
    {
        var result = RoundResult.Start(Names.Length);
        var employees = new List<HrisEmployee>();
        var seen = new HashSet<HrisEmployee>();
        await using var pages = client.GetEmployeePagesAsync(tenant, CancellationToken.None).GetAsyncEnumerator();
        while (true)
        {
            marks.Reset();
            var t0 = Stopwatch.GetTimestamp();
            if (!await pages.MoveNextAsync())
            {
                break;
            }

            var t1 = Stopwatch.GetTimestamp();
            // Decoding and mapping are one step now (ApideckEmployeeReader, inside the decode stage); this one is only
            // the snapshot's bookkeeping.
            foreach (var employee in pages.Current.Items)
            {
                if (seen.Add(employee))
                {
                    employees.Add(employee);
                }
            }

            var t2 = Stopwatch.GetTimestamp();
            var m = marks.At;
            long[] stages = [m[0] - t0, m[1] - m[0], m[3] - m[2] + (m[2] - m[1]), m[4] - m[3], m[5] - m[4], t1 - m[5], t2 - t1];
            result.AddPage(stages, pages.Current.Items.Count);
        }

        return result.Stop();
    }

    private static async Task<RoundResult> RawRoundAsync(string url, string tenant)
    {
        var result = RoundResult.Start(3);
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "demo-api-key");
        client.DefaultRequestHeaders.TryAddWithoutValidation("x-apideck-app-id", "demo-app");
        var firstPage = $"hris/employees?limit=200&fields={ApideckEmployeeFields.QueryValue}";
        string? cursor = null;
        do
        {
            var t0 = Stopwatch.GetTimestamp();
            using var request = new HttpRequestMessage(HttpMethod.Get, cursor is null ? firstPage : $"{firstPage}&cursor={Uri.EscapeDataString(cursor)}");
            request.Headers.TryAddWithoutValidation("x-apideck-consumer-id", tenant);
            request.Headers.TryAddWithoutValidation("x-apideck-service-id", "personio");
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            var t1 = Stopwatch.GetTimestamp();
            var body = await response.Content.ReadAsByteArrayAsync();
            var t2 = Stopwatch.GetTimestamp();
            using var page = JsonDocument.Parse(body);
            var records = page.RootElement.GetProperty("data").GetArrayLength();
            var next = page.RootElement.GetProperty("meta").GetProperty("cursors").GetProperty("next");
            cursor = next.ValueKind == JsonValueKind.Null ? null : next.GetString();
            var t3 = Stopwatch.GetTimestamp();
            result.AddPage([t1 - t0, t2 - t1, t3 - t2], records);
        }
        while (cursor is not null);

        return result.Stop();
    }

    private static void Print(string title, RoundResult r)
    {
        var names = r.Stages.Length == Names.Length ? Names : ["send -> headers", "body read", "JsonDocument.Parse + cursor"];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title}: {r.Pages} pages, {r.Records:N0} records, {r.TotalMs:F0} ms wall ({r.TotalMs * 1000 / Math.Max(1, r.Pages):F0} us/page), CPU {r.CpuMs:F0} ms; JIT {r.JitMs:F0} ms ({r.JitMethods} methods), GC pause {r.GcPauseMs:F1} ms, {r.Gen0}/{r.Gen1}/{r.Gen2} collections, {r.AllocatedMb:F1} MB allocated"));
        if (r.Stages.Any(t => t < 0))
        {
            // With read-ahead a page's request runs while the previous page is consumed, so the handler marks of one
            // page are not between its own start and end: only the totals and the last stage mean anything.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  (pages read ahead: stages overlap) {names[^1],-40}{Stopwatch.GetElapsedTime(0, r.Stages[^1]).TotalMicroseconds / Math.Max(1, r.Pages),9:F0} us/page"));
            return;
        }

        for (var s = 0; s < names.Length; s++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {names[s],-40}{Stopwatch.GetElapsedTime(0, r.Stages[s]).TotalMicroseconds / Math.Max(1, r.Pages),9:F0} us/page"));
        }
    }

    /// <summary>Enter and exit times of the three timing handlers: [enter 0, enter 1, enter 2, exit 2, exit 1, exit 0].</summary>
    private sealed class Marks
    {
        public long[] At { get; } = new long[6];

        public void Reset() => Array.Clear(At);
    }

    private sealed class MarkHandler(Marks marks, int position) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            marks.At[position] = Stopwatch.GetTimestamp();
            try
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                marks.At[5 - position] = Stopwatch.GetTimestamp();
            }
        }
    }

    private sealed class RoundResult
    {
        private long started;
        private TimeSpan jitStarted;
        private long jitMethodsStarted;
        private TimeSpan pauseStarted;
        private int[] gcStarted = [];
        private long allocatedStarted;
        private TimeSpan cpuStarted;

        public long[] Stages { get; private set; } = [];

        public int Pages { get; private set; }

        public int Records { get; private set; }

        public double TotalMs { get; private set; }

        public double JitMs { get; private set; }

        public long JitMethods { get; private set; }

        public double GcPauseMs { get; private set; }

        public int Gen0 { get; private set; }

        public int Gen1 { get; private set; }

        public int Gen2 { get; private set; }

        public double AllocatedMb { get; private set; }

        /// <summary>CPU time of the whole process (all threads) during the round: less sensitive to other load than wall time.</summary>
        public double CpuMs { get; private set; }

        public static RoundResult Start(int stages) => new()
        {
            Stages = new long[stages],
            started = Stopwatch.GetTimestamp(),
            jitStarted = System.Runtime.JitInfo.GetCompilationTime(),
            jitMethodsStarted = System.Runtime.JitInfo.GetCompiledMethodCount(),
            pauseStarted = GC.GetTotalPauseDuration(),
            gcStarted = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)],
            allocatedStarted = GC.GetTotalAllocatedBytes(),
            cpuStarted = Environment.CpuUsage.TotalTime,
        };

        public static RoundResult Median(IEnumerable<RoundResult> rounds)
        {
            var all = rounds.OrderBy(r => r.TotalMs).ToList();
            return all[all.Count / 2];
        }

        public void AddPage(long[] stages, int records)
        {
            for (var s = 0; s < stages.Length; s++)
            {
                Stages[s] += stages[s];
            }

            Pages++;
            Records += records;
        }

        public RoundResult Stop()
        {
            TotalMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            JitMs = (System.Runtime.JitInfo.GetCompilationTime() - jitStarted).TotalMilliseconds;
            JitMethods = System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethodsStarted;
            GcPauseMs = (GC.GetTotalPauseDuration() - pauseStarted).TotalMilliseconds;
            Gen0 = GC.CollectionCount(0) - gcStarted[0];
            Gen1 = GC.CollectionCount(1) - gcStarted[1];
            Gen2 = GC.CollectionCount(2) - gcStarted[2];
            AllocatedMb = (GC.GetTotalAllocatedBytes() - allocatedStarted) / 1048576.0;
            CpuMs = (Environment.CpuUsage.TotalTime - cpuStarted).TotalMilliseconds;
            return this;
        }
    }

    private sealed class NoSink : ITeammeterSink, IInvitationSender
    {
        public Task<TeammeterState> LoadAsync(string tenantId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task ApplyAsync(string tenantId, IReadOnlyList<SyncOperation> operations, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task MarkInvitationsReleasedAsync(string tenantId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task SendAsync(Invitation invitation, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
