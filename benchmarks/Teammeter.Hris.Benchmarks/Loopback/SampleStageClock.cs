using System.Diagnostics;
using System.Globalization;
using Teammeter.Hris.Sample.Commands;

namespace Teammeter.Hris.Benchmarks.Loopback;

/// <summary>
/// <c>--stages-sample &lt;sample arguments&gt;</c>: runs the sample's command line once in this fresh process (e.g.
/// <c>plan --tenant e2e --apideck-url U --app-id demo-app --api-key demo-api-key --db x.db --json</c>) and splits
/// its wall time: process start to <c>Main</c>, building the host, the engine's <c>read</c> and <c>plan</c>
/// activities, and the rest of the run (storing the plan, writing the report to a null stream). For each activity it
/// also says what the runtime did meanwhile: JIT time on the activity's own thread (compiling in the way of the work)
/// and on all threads, garbage-collection pauses and collections by generation; a fresh process pays these where a
/// warm benchmark does not.
/// </summary>
internal static class SampleStageClock
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var main = Stopwatch.GetTimestamp();
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        var activities = new List<(string Name, DateTime Start, TimeSpan Duration, RuntimeWork Work)>();
        var started = new Dictionary<Activity, RuntimeWork>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Teammeter.Hris",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStarted = a =>
            {
                lock (started)
                {
                    started[a] = RuntimeWork.Now();
                }
            },
            ActivityStopped = a =>
            {
                lock (started)
                {
                    // Each activity's start is read once and dropped: a long command (serve) must not keep them all.
                    var start = started[a];
                    started.Remove(a);
                    activities.Add((a.OperationName, a.StartTimeUtc, a.Duration, RuntimeWork.Now().Since(start)));
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        await using var output = new StreamWriter(Stream.Null);
        var exit = await SampleApp.RunAsync(args, output, Console.Error, Environment.GetEnvironmentVariable, CancellationToken.None);
        var total = Stopwatch.GetElapsedTime(main);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"exit {exit}; process start -> Main {sinceStart.TotalMilliseconds:F0} ms; Main -> end {total.TotalMilliseconds:F0} ms; JIT {(System.Runtime.JitInfo.GetCompilationTime() - jit).TotalMilliseconds:F0} ms, {System.Runtime.JitInfo.GetCompiledMethodCount()} methods; GC pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms; {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections"));
        var run = activities.FirstOrDefault(a => a.Name.StartsWith("PersonioSync.", StringComparison.Ordinal));
        foreach (var (name, start, duration, work) in activities.OrderBy(a => a.Start))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-24} starts at {(start - run.Start).TotalMilliseconds,7:F0} ms of the run, takes {duration.TotalMilliseconds,7:F0} ms; {work}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  before the run (host build, start)         {(run.Start.ToLocalTime() - Process.GetCurrentProcess().StartTime).TotalMilliseconds - sinceStart.TotalMilliseconds,7:F0} ms after Main"));
        return exit;
    }
}
