using System.Globalization;

namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>One scripted failure for the next request to a path; see <see cref="FaultInjector"/>.</summary>
public sealed record ScriptedFault
{
    private ScriptedFault(FaultKind kind)
    {
        Kind = kind;
    }

    /// <summary>How the request breaks.</summary>
    public FaultKind Kind { get; }

    /// <summary>For <see cref="FaultKind.Status"/> and <see cref="FaultKind.RawBody"/>: the status code.</summary>
    public int StatusCode { get; private init; }

    /// <summary>For <see cref="FaultKind.Status"/>: Apideck's <c>type_name</c> in the error body.</summary>
    public string? TypeName { get; private init; }

    /// <summary>For <see cref="FaultKind.Status"/> and <see cref="FaultKind.RawBody"/>: extra response headers (<c>Retry-After</c>, <c>x-downstream-ratelimit-reset</c>, ...).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; private init; } = new Dictionary<string, string>();

    /// <summary>For <see cref="FaultKind.RawBody"/>: the <c>Content-Type</c> header, or <see langword="null"/> for none.</summary>
    public string? ContentType { get; private init; }

    /// <summary>For <see cref="FaultKind.RawBody"/>: the body, sent as UTF-8.</summary>
    public string Body { get; private init; } = string.Empty;

    /// <summary>For <see cref="FaultKind.Delay"/>: how long the server waits before answering.</summary>
    public TimeSpan Delay { get; private init; }

    /// <summary>For <see cref="FaultKind.OversizePage"/>: how many records beyond <c>limit</c> the page holds.</summary>
    public int ExtraRecords { get; private init; }

    /// <summary>An error response in Apideck's shape.</summary>
    /// <param name="statusCode">The status code.</param>
    /// <param name="typeName">Apideck's <c>type_name</c>.</param>
    /// <param name="headers">Extra response headers.</param>
    /// <returns>The fault.</returns>
    public static ScriptedFault Status(int statusCode, string typeName, IReadOnlyDictionary<string, string>? headers = null) =>
        new(FaultKind.Status) { StatusCode = statusCode, TypeName = typeName, Headers = headers ?? new Dictionary<string, string>() };

    /// <summary>A downstream rate limit: 429 <c>ConnectorRateLimitError</c> with <c>Retry-After</c> in seconds.</summary>
    /// <param name="retryAfterSeconds">The <c>Retry-After</c> value in seconds.</param>
    /// <returns>The fault.</returns>
    public static ScriptedFault RateLimited(int retryAfterSeconds) =>
        Status(429, "ConnectorRateLimitError", new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(CultureInfo.InvariantCulture) });

    /// <summary>A downstream rate limit: 429 <c>ConnectorRateLimitError</c> with <c>Retry-After</c> as an HTTP-date.</summary>
    /// <param name="retryAt">When the client may retry; sent in RFC 1123 format (whole seconds).</param>
    /// <returns>The fault.</returns>
    public static ScriptedFault RateLimitedUntil(DateTimeOffset retryAt) =>
        Status(429, "ConnectorRateLimitError", new Dictionary<string, string> { ["Retry-After"] = retryAt.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture) });

    /// <summary>A response with any status, content type and body, for bodies Apideck's error JSON cannot express.</summary>
    /// <param name="statusCode">The status code.</param>
    /// <param name="contentType">The <c>Content-Type</c>, or <see langword="null"/> to send none.</param>
    /// <param name="body">The body.</param>
    /// <param name="headers">Extra response headers.</param>
    /// <returns>The fault.</returns>
    public static ScriptedFault Raw(int statusCode, string? contentType, string body, IReadOnlyDictionary<string, string>? headers = null) =>
        new(FaultKind.RawBody) { StatusCode = statusCode, ContentType = contentType, Body = body, Headers = headers ?? new Dictionary<string, string>() };

    /// <summary>The connection drops before any response.</summary>
    /// <returns>The fault.</returns>
    public static ScriptedFault AbortBeforeResponse() => new(FaultKind.AbortBeforeResponse);

    /// <summary>The connection drops half-way through the body.</summary>
    /// <returns>The fault.</returns>
    public static ScriptedFault AbortMidBody() => new(FaultKind.AbortMidBody);

    /// <summary>The connection is reset (TCP RST) before any response.</summary>
    /// <returns>The fault.</returns>
    public static ScriptedFault ResetConnection() => new(FaultKind.ResetConnection);

    /// <summary>The server answers normally, but only after <paramref name="delay"/>.</summary>
    /// <param name="delay">The wait before answering.</param>
    /// <returns>The fault.</returns>
    public static ScriptedFault Slow(TimeSpan delay) => new(FaultKind.Delay) { Delay = delay };

    /// <summary>The server sends the headers and half the body, then stalls until the client gives up.</summary>
    /// <returns>The fault.</returns>
    public static ScriptedFault StallMidBody() => new(FaultKind.StallMidBody);

    /// <summary>The employees page points at itself as the next page.</summary>
    /// <returns>The fault.</returns>
    public static ScriptedFault RepeatCursor() => new(FaultKind.RepeatCursor);

    /// <summary>An empty employees page with a fresh <c>next</c> cursor; queue several for an endless chain.</summary>
    /// <returns>The fault.</returns>
    public static ScriptedFault EmptyPage() => new(FaultKind.EmptyPage);

    /// <summary>An employees page holding more records than the requested <c>limit</c>.</summary>
    /// <param name="extraRecords">Records beyond <c>limit</c> (repeats of the page's records when the organisation runs out).</param>
    /// <returns>The fault.</returns>
    public static ScriptedFault OversizePage(int extraRecords = 1) => new(FaultKind.OversizePage) { ExtraRecords = extraRecords };

    /// <summary>The employees page starts one record early, as when a record is inserted while a client pages.</summary>
    /// <returns>The fault.</returns>
    public static ScriptedFault OverlapPreviousPage() => new(FaultKind.OverlapPreviousPage);
}
