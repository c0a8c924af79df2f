using System.Globalization;

namespace Teammeter.Hris.Tests.Apideck.Helpers;

/// <summary>
/// Values a throttling answer's wait headers might carry, sensible or not: delta seconds, Unix seconds and
/// milliseconds around now, HTTP-dates, extremes of every numeric type, and garbage.
/// </summary>
internal static class RetryHeaderValues
{
    private static readonly string[] Edges =
    [
        "", " ", "0", "-0", "1", "-1", "0.5", "-0.5", "1e9", "1000000000", "1000000001", "1e12", "1e15", "1e18", "1e19",
        "1e300", "-1e300", "1e309", "NaN", "Infinity", "-Infinity", "∞", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "2147483647", "2147483648", "4294967295", "4294967296", "18446744073709551616",
        "0x10", "1,5", "1_000", "soon", "null", "\"5\"", "5, 6", "5 6", " 5 ", "+5", "5s", "٣", "1.7976931348623157E+308",
        "Wed, 21 Oct 2015 07:28:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", "Mon, 01 Jan 0001 00:00:00 GMT",
        "Thu, 32 Jan 2026 00:00:00 GMT", "tomorrow", "\u0000", new string('9', 400),
    ];

    public static string Next(Random random, DateTimeOffset now)
    {
        var unixSeconds = now.ToUnixTimeSeconds();
        return random.Next(8) switch
        {
            0 => Edges[random.Next(Edges.Length)],
            1 => random.Next(-100, 100_000).ToString(CultureInfo.InvariantCulture),
            2 => (unixSeconds + random.Next(-200_000, 200_000)).ToString(CultureInfo.InvariantCulture),
            3 => ((unixSeconds * 1000) + random.Next(-200_000, 200_000)).ToString(CultureInfo.InvariantCulture),
            4 => (random.NextDouble() * Math.Pow(10, random.Next(-5, 320)) * (random.Next(4) == 0 ? -1 : 1)).ToString("R", CultureInfo.InvariantCulture),
            5 => now.AddSeconds(random.Next(-200_000, 200_000)).ToString("r", CultureInfo.InvariantCulture),
            6 => random.NextInt64().ToString(CultureInfo.InvariantCulture),
            _ => new string(Enumerable.Range(0, random.Next(12)).Select(_ => (char)random.Next(1, 0x250)).ToArray()),
        };
    }
}
