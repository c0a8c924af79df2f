using System.Diagnostics.Metrics;

namespace Teammeter.Hris.Sample.Output;

/// <summary>
/// Feeds the progress line from the package's <c>teammeter.hris.operations</c> counter (docs/telemetry.md): the package
/// has no progress callback, and its meter already counts each batch as the sink applies it. Only this host's meter
/// (<paramref name="meterFactory"/> is its scope) counts, not another run's in the same process.
/// </summary>
internal sealed class OperationsProgressListener : IDisposable
{
    private readonly MeterListener _listener = new();

    public OperationsProgressListener(IMeterFactory meterFactory, ProgressWriter progress)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == PersonioSyncTelemetry.MeterName && instrument.Name == "teammeter.hris.operations" && ReferenceEquals(instrument.Meter.Scope, meterFactory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => progress.OperationsApplied(value));
        _listener.Start();
    }

    public void Dispose() => _listener.Dispose();
}
