using System.Globalization;

namespace Teammeter.Hris.Apideck;

/// <summary>Reads how long Apideck asks a client to wait before retrying a throttled or failed request.</summary>
/// <remarks>
/// The headers come from Apideck, the connector or any proxy in between, so a value may be anything: a hint that
/// cannot be a sensible wait (negative, not a number, a moment in the past, more than <see cref="MaxSensibleWait"/>
/// ahead, a millisecond timestamp) is treated as no hint, and the exponential backoff applies instead. All arithmetic
/// happens on doubles before a <see cref="TimeSpan"/> is built, so no value can overflow into an exception.
/// </remarks>
internal static class ApideckRetryHint
{
    /// <summary>
    /// The longest wait taken as meant: a connector's rate-limit window resets within a day. Anything beyond is a
    /// misread unit (milliseconds for seconds) or garbage, not advice.
    /// </summary>
    internal static readonly TimeSpan MaxSensibleWait = TimeSpan.FromDays(1);

    // Values above this are absolute Unix timestamps; smaller ones are a number of seconds to wait (docs/personio-setup.md, "Retries and timeouts").
    private const double UnixSecondsThreshold = 1e9;

    /// <summary>
    /// The wait the response asks for: <c>Retry-After</c> (delta seconds or HTTP-date) first, then
    /// <c>x-downstream-ratelimit-reset</c>; <see langword="null"/> when neither is present and sensible.
    /// </summary>
    public static TimeSpan? From(HttpResponseMessage? response, DateTimeOffset now)
    {
        if (response is null)
        {
            return null;
        }

        return FromRetryAfter(response, now) ?? FromDownstreamReset(response, now);
    }

    private static TimeSpan? FromRetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return Sensible(delta.TotalSeconds);
        }

        if (retryAfter?.Date is { } date)
        {
            // Subtracting two DateTimeOffsets cannot overflow (10,000 years fit a TimeSpan); a past date is no wait.
            var until = (date - now).TotalSeconds;
            return until < 0 ? null : Sensible(until);
        }

        return null;
    }

    private static TimeSpan? FromDownstreamReset(HttpResponseMessage response, DateTimeOffset now)
    {
        if (!response.Headers.TryGetValues(ApideckHeaders.DownstreamRateLimitReset, out var values))
        {
            return null;
        }

        var raw = values.FirstOrDefault();
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < 0)
        {
            return null;
        }

        if (value > UnixSecondsThreshold)
        {
            var until = value - (now.ToUnixTimeMilliseconds() / 1000.0);
            return until < 0 ? null : Sensible(until);
        }

        return Sensible(value);
    }

    private static TimeSpan? Sensible(double seconds) =>
        seconds >= 0 && seconds <= MaxSensibleWait.TotalSeconds ? TimeSpan.FromSeconds(seconds) : null;
}
