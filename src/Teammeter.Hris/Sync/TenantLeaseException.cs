namespace Teammeter.Hris;

/// <summary>
/// A run could not hold the tenant's lease in <see cref="ISyncStore"/>: another node or process is applying the same
/// tenant (<see cref="Busy"/>: nothing was read or written; try again later), or the lease was taken over while this
/// run was applying (<see cref="Lost"/>: the run stopped; what it applied is in the history, and the next run converges).
/// </summary>
public sealed class TenantLeaseException : Exception
{
    /// <summary>Another owner's lease on the tenant is still valid; this run did not start.</summary>
    public const string Busy = nameof(Busy);

    /// <summary>The lease could not be renewed (another owner took it over, or the store failed until it expired); the run stopped.</summary>
    public const string Lost = nameof(Lost);

    /// <summary>Creates the exception.</summary>
    /// <param name="errorCode">A stable code: <see cref="Busy"/> or <see cref="Lost"/>.</param>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="message">What happened, naming the tenant.</param>
    /// <param name="innerException">The cancellation or store failure that ended a lost run, if any.</param>
    public TenantLeaseException(string errorCode, string tenantId, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
        TenantId = tenantId;
    }

    /// <summary>A stable code: <see cref="Busy"/> or <see cref="Lost"/>.</summary>
    public string ErrorCode { get; }

    /// <summary>The tenant.</summary>
    public string TenantId { get; }
}
