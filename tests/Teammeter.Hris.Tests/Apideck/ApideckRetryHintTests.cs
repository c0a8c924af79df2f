using System.Globalization;
using System.Net.Http.Headers;
using Teammeter.Hris.Apideck;
using Teammeter.Hris.Tests.Apideck.Helpers;

namespace Teammeter.Hris.Tests.Apideck;

public sealed class ApideckRetryHintTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void From_RetryAfterDelta_IsThatDelta()
    {
        using var response = new HttpResponseMessage();
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));

        ApideckRetryHint.From(response, Now).Should().Be(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public void From_RetryAfterDate_IsTimeUntilThatDate()
    {
        using var response = new HttpResponseMessage();
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(90));

        ApideckRetryHint.From(response, Now).Should().Be(TimeSpan.FromSeconds(90));
    }

    [Fact]
    public void From_RetryAfterDateInThePast_IsNull()
    {
        using var response = new HttpResponseMessage();
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(-90));

        ApideckRetryHint.From(response, Now).Should().BeNull("a moment that has passed is no wait; the backoff applies");
    }

    [Theory]
    [InlineData("1767268800000")] // Unix milliseconds of Now: crashed with ArgumentOutOfRangeException before
    [InlineData("1767268800000000")]
    [InlineData("1e300")]
    [InlineData("999999999")] // seconds, but 31 years
    [InlineData("1767182400")] // Unix seconds a day before Now: in the past
    [InlineData("4102444800")] // Unix seconds of 2100: absurdly far
    [InlineData("-0.5")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("")]
    [InlineData("0x10")]
    public void From_DownstreamResetThatIsNoSensibleWait_IsNull(string value)
    {
        using var response = Reset(value);

        ApideckRetryHint.From(response, Now).Should().BeNull();
    }

    [Fact]
    public void From_RetryAfterDeltaBeyondADay_IsNull()
    {
        using var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation("Retry-After", "2147483647");

        ApideckRetryHint.From(response, Now).Should().BeNull();
    }

    [Fact]
    public void From_RetryAfterDateFarAhead_IsNull()
    {
        using var response = new HttpResponseMessage();
        response.Headers.RetryAfter = new RetryConditionHeaderValue(DateTimeOffset.MaxValue);

        ApideckRetryHint.From(response, Now).Should().BeNull();
    }

    [Fact]
    public void From_UnusableRetryAfterWithUsableReset_IsTheReset()
    {
        using var response = Reset("30");
        response.Headers.TryAddWithoutValidation("Retry-After", "99999999");

        ApideckRetryHint.From(response, Now).Should().Be(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void From_RandomHeaderValues_NeverThrowsAndIsNullOrAtMostADay()
    {
        var random = new Random(22);
        for (var i = 0; i < 5_000; i++)
        {
            using var response = new HttpResponseMessage();
            if (random.Next(3) > 0)
            {
                response.Headers.TryAddWithoutValidation("Retry-After", RetryHeaderValues.Next(random, Now));
            }

            if (random.Next(3) > 0)
            {
                response.Headers.TryAddWithoutValidation("x-downstream-ratelimit-reset", RetryHeaderValues.Next(random, Now));
            }

            var hint = ApideckRetryHint.From(response, Now);

            hint?.Should().BeGreaterThanOrEqualTo(TimeSpan.Zero).And.BeLessThanOrEqualTo(TimeSpan.FromDays(1), "case {0}: {1}", i, response.Headers.ToString());
        }
    }

    [Theory]
    [InlineData("12", 12_000)]
    [InlineData("2.5", 2_500)]
    [InlineData("0", 0)]
    public void From_DownstreamResetSeconds_IsSecondsToWait(string value, int expectedMs)
    {
        using var response = Reset(value);

        ApideckRetryHint.From(response, Now).Should().Be(TimeSpan.FromMilliseconds(expectedMs));
    }

    [Fact]
    public void From_DownstreamResetUnixSeconds_IsTimeUntilThatInstant()
    {
        using var response = Reset(Now.AddSeconds(45).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));

        ApideckRetryHint.From(response, Now).Should().Be(TimeSpan.FromSeconds(45));
    }

    [Fact]
    public void From_BothHeaders_RetryAfterWins()
    {
        using var response = Reset("60");
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3));

        ApideckRetryHint.From(response, Now).Should().Be(TimeSpan.FromSeconds(3));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-5")]
    [InlineData("NaN")]
    public void From_UnusableReset_IsNull(string value)
    {
        using var response = Reset(value);

        ApideckRetryHint.From(response, Now).Should().BeNull();
    }

    [Fact]
    public void From_NoHeaders_IsNull()
    {
        using var response = new HttpResponseMessage();

        ApideckRetryHint.From(response, Now).Should().BeNull();
    }

    private static HttpResponseMessage Reset(string value)
    {
        var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation("x-downstream-ratelimit-reset", value);
        return response;
    }
}
