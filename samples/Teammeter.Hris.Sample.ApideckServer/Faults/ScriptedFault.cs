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

    /// <summary>For <see cref="FaultKind.Status"/>: the status code.</summary>
    public int StatusCode { get; private init; }

    /// <summary>For <see cref="FaultKind.Status"/>: Apideck's <c>type_name</c> in the error body.</summary>
    public string? TypeName { get; private init; }

    /// <summary>For <see cref="FaultKind.Status"/>: extra response headers (<c>Retry-After</c>, <c>x-downstream-ratelimit-reset</c>, ...).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; private init; } = new Dictionary<string, string>();

    /// <summary>An error response in Apideck's shape.</summary>
    /// <param name="statusCode">The status code.</param>
    /// <param name="typeName">Apideck's <c>type_name</c>.</param>
    /// <param name="headers">Extra response headers.</param>
    /// <returns>The fault.</returns>
    public static ScriptedFault Status(int statusCode, string typeName, IReadOnlyDictionary<string, string>? headers = null) =>
        new(FaultKind.Status) { StatusCode = statusCode, TypeName = typeName, Headers = headers ?? new Dictionary<string, string>() };

    /// <summary>A downstream rate limit: 429 <c>ConnectorRateLimitError</c> with <c>Retry-After</c>.</summary>
    /// <param name="retryAfterSeconds">The <c>Retry-After</c> value in seconds.</param>
    /// <returns>The fault.</returns>
    public static ScriptedFault RateLimited(int retryAfterSeconds) =>
        Status(429, "ConnectorRateLimitError", new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>The connection drops before any response.</summary>
    /// <returns>The fault.</returns>
    public static ScriptedFault AbortBeforeResponse() => new(FaultKind.AbortBeforeResponse);

    /// <summary>The connection drops half-way through the body.</summary>
    /// <returns>The fault.</returns>
    public static ScriptedFault AbortMidBody() => new(FaultKind.AbortMidBody);
}
