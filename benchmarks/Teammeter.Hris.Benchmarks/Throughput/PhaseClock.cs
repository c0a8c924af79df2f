using System.Diagnostics;
using Teammeter.Hris.Diagnostics;

namespace Teammeter.Hris.Benchmarks.Throughput;

/// <summary>
/// Adds up the durations of the engine's own activities (<c>read</c>, <c>plan</c>, <c>apply</c> and the whole run),
/// so the time split comes from the engine's telemetry rather than from timers around it.
/// </summary>
internal sealed class PhaseClock : IDisposable
{
    private readonly ActivityListener listener;
    private long readTicks;
    private long planTicks;
    private long applyTicks;
    private long runTicks;

    public PhaseClock()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == PersonioSyncTelemetry.ActivitySourceName,
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(listener);
    }

    public TimeSpan Read => TimeSpan.FromTicks(Interlocked.Read(ref readTicks));

    public TimeSpan Plan => TimeSpan.FromTicks(Interlocked.Read(ref planTicks));

    public TimeSpan Apply => TimeSpan.FromTicks(Interlocked.Read(ref applyTicks));

    /// <summary>Whole runs: the three phases plus the gate, settings and report.</summary>
    public TimeSpan Runs => TimeSpan.FromTicks(Interlocked.Read(ref runTicks));

    public void Reset()
    {
        Interlocked.Exchange(ref readTicks, 0);
        Interlocked.Exchange(ref planTicks, 0);
        Interlocked.Exchange(ref applyTicks, 0);
        Interlocked.Exchange(ref runTicks, 0);
    }

    public void Dispose() => listener.Dispose();

    private void Record(Activity activity)
    {
        var ticks = activity.Duration.Ticks;
        switch (activity.OperationName)
        {
            case "read":
                Interlocked.Add(ref readTicks, ticks);
                break;
            case "plan":
                Interlocked.Add(ref planTicks, ticks);
                break;
            case "apply":
                Interlocked.Add(ref applyTicks, ticks);
                break;
            case "PersonioSync.Sync":
                Interlocked.Add(ref runTicks, ticks);
                break;
            default:
                break;
        }
    }
}
