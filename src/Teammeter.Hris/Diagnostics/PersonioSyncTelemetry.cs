namespace Teammeter.Hris;

/// <summary>
/// The names under which the sync reports traces and metrics, for a host to subscribe to, for example with
/// OpenTelemetry's <c>AddSource(PersonioSyncTelemetry.ActivitySourceName)</c> and
/// <c>AddMeter(PersonioSyncTelemetry.MeterName)</c>.
/// </summary>
/// <remarks>
/// The names are part of the public contract: they change only in a major version. Tags carry tenant ids, kinds and
/// outcomes only, never personal data. The instruments, tags and span names are listed in the package's
/// <c>docs/telemetry.md</c>.
/// </remarks>
public static class PersonioSyncTelemetry
{
    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/> the sync's spans come from.</summary>
    public const string ActivitySourceName = "Teammeter.Hris";

    /// <summary>The name of the <see cref="System.Diagnostics.Metrics.Meter"/> the sync's instruments belong to.</summary>
    public const string MeterName = "Teammeter.Hris";
}
