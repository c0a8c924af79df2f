namespace Teammeter.Hris.Apideck;

/// <summary>Header names of Apideck's unified APIs (spec: <c>components.parameters</c> and the Request IDs section).</summary>
internal static class ApideckHeaders
{
    public const string AppId = "x-apideck-app-id";
    public const string ConsumerId = "x-apideck-consumer-id";
    public const string ServiceId = "x-apideck-service-id";
    public const string RequestId = "Request-Id";

    /// <summary>When the connector's rate-limit window resets: Unix seconds, or seconds to wait for small values.</summary>
    public const string DownstreamRateLimitReset = "x-downstream-ratelimit-reset";

    /// <summary>
    /// Whether HTTP logging must hide a header's value: <c>Authorization</c> (the API key) and every
    /// <c>x-apideck-*</c> header (app id, consumer id, and any added later). Diagnostic headers stay readable.
    /// </summary>
    public static bool IsRedactedInLogs(string header) =>
        string.Equals(header, "Authorization", StringComparison.OrdinalIgnoreCase)
        || header.StartsWith("x-apideck-", StringComparison.OrdinalIgnoreCase);
}
