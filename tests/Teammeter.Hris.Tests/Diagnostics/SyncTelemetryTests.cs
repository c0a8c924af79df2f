using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Teammeter.Hris.Tests.Helpers;

namespace Teammeter.Hris.Tests.Diagnostics;

[Collection(SerialCollection.Name)]
public sealed class SyncTelemetryTests
{
    [Fact]
    public async Task SyncAsync_Always_EmitsPhaseSpansAndRunAndOperationMetrics()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == PersonioSyncTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(activityListener);

        var measurements = new ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == PersonioSyncTelemetry.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meterListener.SetMeasurementEventCallback<long>((i, v, t, _) => measurements.Enqueue((i.Name, v, ToDictionary(t))));
        meterListener.SetMeasurementEventCallback<double>((i, v, t, _) => measurements.Enqueue((i.Name, v, ToDictionary(t))));
        meterListener.Start();

        await using var harness = new SyncHarness();
        harness.Employees.AddRange(Employees.Organisation(3));
        await harness.Sync.SyncAsync(SyncHarness.Tenant);

        spans.Select(s => s.OperationName).Should().Contain(["read", "plan", "store", "apply", "PersonioSync.Sync"]);
        spans.Single(s => s.OperationName == "PersonioSync.Sync").GetTagItem("teammeter.tenant").Should().Be(SyncHarness.Tenant);
        measurements.Should().Contain(m => m.Instrument == "teammeter.hris.runs" && (string?)m.Tags["result"] == "succeeded" && (string?)m.Tags["kind"] == "Sync");
        measurements.Should().Contain(m => m.Instrument == "teammeter.hris.run.duration");
        measurements.Where(m => m.Instrument == "teammeter.hris.operations" && (string?)m.Tags["kind"] == "CreateUser").Sum(m => m.Value).Should().Be(3);
    }

    [Fact]
    public async Task SyncAsync_CancelledByCaller_CountsResultCancelled()
    {
        var results = new ConcurrentQueue<string?>();
        using var meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "Teammeter.Hris" && instrument.Name == "teammeter.hris.runs")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meterListener.SetMeasurementEventCallback<long>((_, _, t, _) => results.Enqueue((string?)ToDictionary(t)["result"]));
        meterListener.Start();
        await using var harness = new SyncHarness();
        harness.Employees.AddRange(Employees.Organisation(3));
        harness.Source.Gate = new TaskCompletionSource();
        using var cancellation = new CancellationTokenSource();

        var run = harness.Sync.SyncAsync(SyncHarness.Tenant, cancellationToken: cancellation.Token);
        await cancellation.CancelAsync();

        await FluentActions.Awaiting(() => run).Should().ThrowAsync<OperationCanceledException>();
        results.Should().Equal("cancelled");
    }

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var result = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            result[tag.Key] = tag.Value;
        }

        return result;
    }
}
