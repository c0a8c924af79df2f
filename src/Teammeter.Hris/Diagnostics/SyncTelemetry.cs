using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Teammeter.Hris.Diagnostics;

/// <summary>
/// The package's <see cref="ActivitySource"/> and <see cref="Meter"/>, both named <c>Teammeter.Hris</c>.
/// Tags carry tenant ids, kinds and outcomes only, never personal data.
/// </summary>
internal sealed class SyncTelemetry : IDisposable
{
    public const string Name = "Teammeter.Hris";

    private readonly Meter _meter;

    public SyncTelemetry(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(Name);
        Operations = _meter.CreateCounter<long>("teammeter.hris.operations", unit: "{operation}", description: "Sync operations by kind and outcome.");
        Runs = _meter.CreateCounter<long>("teammeter.hris.runs", unit: "{run}", description: "Sync runs by kind and result.");
        RunDuration = _meter.CreateHistogram<double>("teammeter.hris.run.duration", unit: "s", description: "Duration of sync runs.");
    }

    public static ActivitySource ActivitySource { get; } = new(Name);

    public Counter<long> Operations { get; }

    public Counter<long> Runs { get; }

    public Histogram<double> RunDuration { get; }

    public void Dispose() => _meter.Dispose();
}
