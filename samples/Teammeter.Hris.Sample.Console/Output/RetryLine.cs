using System.Globalization;

namespace Teammeter.Hris.Sample.Output;

/// <summary>
/// The one line a retry is worth by default, built from the package's retry event (1030: StatusCode, ExceptionType,
/// Attempt, DelayMs): "Apideck did not answer; retrying in 1 s, attempt 2 of 5".
/// </summary>
internal static class RetryLine
{
    /// <summary>The Apideck client's retry event id (src/Teammeter.Hris/Apideck/ApideckResilience.Log.cs).</summary>
    public const int RetryEventId = 1030;

    /// <param name="state">The event's structured state.</param>
    /// <param name="maxRetryAttempts">PersonioSyncOptions.MaxRetryAttempts: the attempts are one more.</param>
    public static string Format(IEnumerable<KeyValuePair<string, object?>> state, int maxRetryAttempts)
    {
        var values = state.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var failed = Convert.ToInt32(values.GetValueOrDefault("Attempt"), CultureInfo.InvariantCulture);
        var delay = TimeSpan.FromMilliseconds(Convert.ToDouble(values.GetValueOrDefault("DelayMs"), CultureInfo.InvariantCulture));
        var what = values.GetValueOrDefault("StatusCode") is { } status
            ? string.Create(CultureInfo.InvariantCulture, $"Apideck answered {status}")
            : "Apideck did not answer";

        // Whole seconds, rounded up: a jittered 0.4 s reads as "1 s", never as "0 s".
        var seconds = Math.Max(1, (int)Math.Ceiling(delay.TotalSeconds));
        return string.Create(CultureInfo.InvariantCulture, $"{what}; retrying in {seconds} s, attempt {failed + 1} of {maxRetryAttempts + 1}");
    }
}
