namespace Teammeter.Hris;

/// <summary>
/// What the review loop keeps across runs and nodes: plans (with held operations and decisions), rejections, the run
/// history, notification marks and a pending release. Implemented by the host on its database (see
/// docs/host-integration.md); <see cref="InMemorySyncStore"/> serves tests and single-process hosts only.
/// </summary>
/// <remarks>Every method is keyed by tenant. Writes must be durable when the task completes.</remarks>
public interface ISyncStore
{
    /// <summary>Inserts a plan, or replaces the plan with the same tenant and id (decisions update it).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the plan is stored.</returns>
    Task SavePlanAsync(StoredPlan plan, CancellationToken cancellationToken);

    /// <summary>Reads one plan, or the tenant's latest plan.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="planId">The plan's id; <see langword="null"/> for the latest (by <see cref="StoredPlan.CreatedAt"/>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The plan, or <see langword="null"/> when there is none.</returns>
    Task<StoredPlan?> GetPlanAsync(string tenantId, string? planId, CancellationToken cancellationToken);

    /// <summary>Adds rejections (a rejection with the same key replaces the older one).</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="rejections">The rejections.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when they are stored.</returns>
    Task AddRejectionsAsync(string tenantId, IReadOnlyList<RejectedOperation> rejections, CancellationToken cancellationToken);

    /// <summary>Reads the tenant's rejections.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rejections.</returns>
    Task<IReadOnlyList<RejectedOperation>> GetRejectionsAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Adds a run to the history.</summary>
    /// <param name="run">The run.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the run is stored.</returns>
    Task AddRunAsync(SyncRun run, CancellationToken cancellationToken);

    /// <summary>Reads the tenant's runs, newest first.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="limit">At most this many.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The runs, newest first.</returns>
    Task<IReadOnlyList<SyncRun>> GetRunsAsync(string tenantId, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Records that the admin was told about <paramref name="key"/> for this cause, unless that key is already the
    /// last one recorded for the tenant and cause. Must be atomic across nodes (one row per tenant and cause).
    /// </summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="cause">The cause.</param>
    /// <param name="key">What was notified (for example the fingerprint of the held set).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="true"/> when the key is new and was recorded (notify); <see langword="false"/> when it was already the last.</returns>
    Task<bool> TryMarkNotifiedAsync(string tenantId, AdminNotificationCause cause, string key, CancellationToken cancellationToken);

    /// <summary>Records whether an invitation release was requested and is not finished yet.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="pending">Whether a release is pending.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the flag is stored.</returns>
    Task SetReleasePendingAsync(string tenantId, bool pending, CancellationToken cancellationToken);

    /// <summary>Reads whether an invitation release was requested and is not finished yet (a failed release resumes on the next run).</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Whether a release is pending.</returns>
    Task<bool> IsReleasePendingAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the tenant's run lease for <paramref name="owner"/> until <paramref name="expiresAt"/>, when nobody holds
    /// it, when the holder's lease has expired (<c>expires_at &lt;= now</c>), or when <paramref name="owner"/> holds it
    /// already. Must be atomic across nodes: one row per tenant, taken by a single conditional upsert (or a
    /// transaction), so two nodes asking at once cannot both get <see langword="true"/>.
    /// </summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="owner">Who runs (a run id with the node's name and process id): unique per run.</param>
    /// <param name="now">The caller's clock; a lease that expired at or before it may be taken over.</param>
    /// <param name="expiresAt">Until when the lease holds unless renewed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="true"/> when <paramref name="owner"/> now holds the lease; <see langword="false"/> when another owner's lease is still valid.</returns>
    Task<bool> TryAcquireLeaseAsync(string tenantId, string owner, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Extends the lease <paramref name="owner"/> holds to <paramref name="expiresAt"/> (atomic: only while the row is still theirs).</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="owner">The owner that took the lease.</param>
    /// <param name="expiresAt">The new expiry.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><see langword="true"/> when renewed; <see langword="false"/> when another owner took the lease over (the run must stop).</returns>
    Task<bool> RenewLeaseAsync(string tenantId, string owner, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Gives the lease up if <paramref name="owner"/> still holds it; does nothing otherwise.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="owner">The owner that took the lease.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the lease is released.</returns>
    Task ReleaseLeaseAsync(string tenantId, string owner, CancellationToken cancellationToken);
}
