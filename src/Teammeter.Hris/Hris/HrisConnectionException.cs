namespace Teammeter.Hris;

/// <summary>
/// The tenant's HR connection cannot be used: it was never set up, its credentials were rejected or lack access,
/// or the Apideck credentials themselves were refused. A person has to act; retrying soon will not help.
/// </summary>
/// <remarks>
/// Typical reactions: show the organisation as "not connected" and offer the setup link
/// (<see cref="IHrisConnections.CreateSetupLinkAsync"/>), or alert the operator when <see cref="HrisSourceException.ErrorCode"/>
/// is <c>UnauthorizedError</c> (the package's Apideck API key or app id is wrong).
/// </remarks>
public sealed class HrisConnectionException : HrisSourceException
{
    /// <summary>Creates an exception describing an unusable connection.</summary>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="errorCode">Apideck's <c>type_name</c>, if any.</param>
    /// <param name="requestId">Apideck's request id, if any.</param>
    public HrisConnectionException(string message, int? statusCode, string? errorCode, string? requestId)
        : base(message, statusCode, errorCode, requestId)
    {
    }
}
