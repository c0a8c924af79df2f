using System.Globalization;
using System.Net.Http.Headers;
using Teammeter.Hris.Apideck;

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
    public void From_RetryAfterDateInThePast_IsZero()
    {
        using var response = new HttpResponseMessage();
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(-90));

        ApideckRetryHint.From(response, Now).Should().Be(TimeSpan.Zero);
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
