namespace Teammeter.Hris;

/// <summary>
/// The HR source could not deliver a complete, usable snapshot. Nothing was written when this is thrown.
/// </summary>
/// <remarks>
/// Carries what a caller or a support engineer needs: the HTTP status, the service's error code
/// (Apideck's <c>type_name</c>) and the request id to quote to Apideck support. Messages never contain
/// credentials or personal data.
/// </remarks>
public class HrisSourceException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong, naming the cause.</param>
    public HrisSourceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong, naming the cause.</param>
    /// <param name="innerException">The underlying failure.</param>
    public HrisSourceException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception describing a failed HTTP exchange.</summary>
    /// <param name="message">What went wrong, naming the cause.</param>
    /// <param name="statusCode">The HTTP status code, if a response arrived.</param>
    /// <param name="errorCode">The service's error code (Apideck <c>type_name</c>), if any.</param>
    /// <param name="requestId">The service's request id, if any.</param>
    /// <param name="innerException">The underlying failure.</param>
    public HrisSourceException(string message, int? statusCode, string? errorCode, string? requestId, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        RequestId = requestId;
    }

    /// <summary>The HTTP status code, or <see langword="null"/> when no response arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>The service's error code (Apideck <c>type_name</c>, for example <c>UnauthorizedError</c>), if any.</summary>
    public string? ErrorCode { get; }

    /// <summary>The service's request id (<c>Request-Id</c> header), to quote to its support.</summary>
    public string? RequestId { get; }
}
