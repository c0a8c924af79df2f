using System.Globalization;

namespace Teammeter.Hris.Apideck;

/// <summary>Reads how long Apideck asks a client to wait before retrying a throttled or failed request.</summary>
internal static class ApideckRetryHint
{
    // Values above this are absolute Unix timestamps; smaller ones are a number of seconds to wait (docs/personio-setup.md, "Retries and timeouts").
    private const double UnixSecondsThreshold = 1e9;

    /// <summary>
    /// The wait the response asks for: <c>Retry-After</c> (delta seconds or HTTP-date) first, then
    /// <c>x-downstream-ratelimit-reset</c>; <see langword="null"/> when neither is present and usable.
    /// </summary>
    public static TimeSpan? From(HttpResponseMessage? response, DateTimeOffset now)
    {
        if (response is null)
        {
            return null;
        }

        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return NotNegative(delta);
        }

        if (retryAfter?.Date is { } date)
        {
            return NotNegative(date - now);
        }

        return FromDownstreamReset(response, now);
    }

    private static TimeSpan? FromDownstreamReset(HttpResponseMessage response, DateTimeOffset now)
    {
        if (!response.Headers.TryGetValues(ApideckHeaders.DownstreamRateLimitReset, out var values))
        {
            return null;
        }

        var raw = values.FirstOrDefault();
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || double.IsNaN(value) || double.IsInfinity(value) || value < 0)
        {
            return null;
        }

        if (value > UnixSecondsThreshold)
        {
            return NotNegative(DateTimeOffset.FromUnixTimeMilliseconds((long)(value * 1000)) - now);
        }

        return TimeSpan.FromSeconds(value);
    }

    private static TimeSpan NotNegative(TimeSpan value) => value < TimeSpan.Zero ? TimeSpan.Zero : value;
}
