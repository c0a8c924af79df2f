namespace Teammeter.Hris;

/// <summary>Why the tenant's admin is told. Names are stable.</summary>
public enum AdminNotificationCause
{
    /// <summary>A run held operations for a person's approval.</summary>
    OperationsHeld,

    /// <summary>Scheduled runs failed repeatedly (after the same-day retries).</summary>
    RunFailed,

    /// <summary>The HR connection is no longer usable (not callable, switched off, revoked).</summary>
    ConnectionLost,

    /// <summary>The credential does not deliver attributes the sync needs.</summary>
    AttributesMissing,
}
