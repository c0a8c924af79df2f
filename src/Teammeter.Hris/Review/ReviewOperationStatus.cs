namespace Teammeter.Hris;

/// <summary>Where a held operation stands in the review. Names are stable: they appear in JSON.</summary>
public enum ReviewOperationStatus
{
    /// <summary>Waiting for a person's decision.</summary>
    Pending,

    /// <summary>Approved and applied.</summary>
    Approved,

    /// <summary>Rejected: not proposed again until HR changes that person again.</summary>
    Rejected,

    /// <summary>Approved, but its reason no longer held against a fresh read of HR: not applied.</summary>
    Dropped,
}
