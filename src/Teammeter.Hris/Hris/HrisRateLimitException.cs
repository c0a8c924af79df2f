namespace Teammeter.Hris;

/// <summary>
/// Apideck or the HR system kept throttling requests beyond the retry budget
/// (<see cref="PersonioSyncOptions.RequestTimeout"/>). Try the whole read again later.
/// </summary>
public sealed class HrisRateLimitException : HrisSourceException
{
    /// <summary>Creates an exception describing persistent throttling.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="statusCode">The HTTP status code (429).</param>
    /// <param name="errorCode">Apideck's <c>type_name</c>, for example <c>ConnectorRateLimitError</c>.</param>
    /// <param name="requestId">Apideck's request id, if any.</param>
    /// <param name="retryAfter">How long the service asked to wait, if it said.</param>
    public HrisRateLimitException(string message, int? statusCode, string? errorCode, string? requestId, TimeSpan? retryAfter)
        : base(message, statusCode, errorCode, requestId)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long the service asked to wait before the next request, or <see langword="null"/> when it did not say.</summary>
    public TimeSpan? RetryAfter { get; }
}
