namespace Teammeter.Hris;

/// <summary>
/// One typed change a sync makes in Teammeter. Every operation is keyed by HR ids, so a sink can apply it
/// as an idempotent upsert and a repeated apply after a crash is harmless.
/// </summary>
/// <remarks>The set of operation types is closed: only this package derives from this type.</remarks>
public abstract record SyncOperation
{
    private protected SyncOperation(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Reason = reason;
    }

    /// <summary>The operation's kind.</summary>
    public abstract SyncOperationKind Kind { get; }

    /// <summary>A short machine-readable reason, for example <c>NewEmployee</c> or <c>EndDateReached</c>.</summary>
    public string Reason { get; }
}
