using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Teammeter.Hris.Diagnostics;

/// <summary>
/// The package's <see cref="ActivitySource"/> and <see cref="Meter"/>, named by the public
/// <see cref="PersonioSyncTelemetry"/> constants so a host can subscribe to them without string literals.
/// Tags carry tenant ids, kinds and outcomes only, never personal data. docs/telemetry.md lists what is emitted.
/// </summary>
internal sealed class SyncTelemetry : IDisposable
{
    private readonly Meter _meter;

    public SyncTelemetry(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(PersonioSyncTelemetry.MeterName);
        Operations = _meter.CreateCounter<long>("teammeter.hris.operations", unit: "{operation}", description: "Sync operations by kind and outcome.");
        Runs = _meter.CreateCounter<long>("teammeter.hris.runs", unit: "{run}", description: "Sync runs by kind and result.");
        RunDuration = _meter.CreateHistogram<double>("teammeter.hris.run.duration", unit: "s", description: "Duration of sync runs.");
    }

    public static ActivitySource ActivitySource { get; } = new(PersonioSyncTelemetry.ActivitySourceName);

    public Counter<long> Operations { get; }

    public Counter<long> Runs { get; }

    public Histogram<double> RunDuration { get; }

    public void Dispose() => _meter.Dispose();
}
