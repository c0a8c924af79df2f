namespace Teammeter.Hris.Tests.DependencyInjection.Helpers;

/// <summary>
/// A host's EF-backed <see cref="ISyncStore"/> as a scoped service on the run's <see cref="AppDb"/>; the rows live in
/// one shared <see cref="InMemorySyncStore"/>, since what this proves is the lifetime, not the SQL (docs/host-integration.md
/// has the SQL). Records which context served each run's plan and history calls.
/// </summary>
internal sealed class ScopedSyncStore(AppDb db, DbLedger ledger, InMemorySyncStore rows) : ISyncStore
{
    public AppDb Db => db;

    public Task SavePlanAsync(StoredPlan plan, CancellationToken cancellationToken)
    {
        Use(plan.TenantId);
        return rows.SavePlanAsync(plan, cancellationToken);
    }

    public Task<StoredPlan?> GetPlanAsync(string tenantId, string? planId, CancellationToken cancellationToken)
    {
        Use(tenantId);
        return rows.GetPlanAsync(tenantId, planId, cancellationToken);
    }

    public Task AddRejectionsAsync(string tenantId, IReadOnlyList<RejectedOperation> rejections, CancellationToken cancellationToken) =>
        rows.AddRejectionsAsync(tenantId, rejections, cancellationToken);

    public Task<IReadOnlyList<RejectedOperation>> GetRejectionsAsync(string tenantId, CancellationToken cancellationToken) =>
        rows.GetRejectionsAsync(tenantId, cancellationToken);

    public Task AddRunAsync(SyncRun run, CancellationToken cancellationToken)
    {
        Use(run.TenantId);
        return rows.AddRunAsync(run, cancellationToken);
    }

    public Task<IReadOnlyList<SyncRun>> GetRunsAsync(string tenantId, int limit, CancellationToken cancellationToken)
    {
        Use(tenantId);
        return rows.GetRunsAsync(tenantId, limit, cancellationToken);
    }

    public Task<bool> TryMarkNotifiedAsync(string tenantId, AdminNotificationCause cause, string key, CancellationToken cancellationToken) =>
        rows.TryMarkNotifiedAsync(tenantId, cause, key, cancellationToken);

    public Task SetReleasePendingAsync(string tenantId, bool pending, CancellationToken cancellationToken) =>
        rows.SetReleasePendingAsync(tenantId, pending, cancellationToken);

    public Task<bool> IsReleasePendingAsync(string tenantId, CancellationToken cancellationToken) =>
        rows.IsReleasePendingAsync(tenantId, cancellationToken);

    public Task<bool> TryAcquireLeaseAsync(string tenantId, string owner, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(db.IsDisposed, db);
        return rows.TryAcquireLeaseAsync(tenantId, owner, now, expiresAt, cancellationToken);
    }

    public Task<bool> RenewLeaseAsync(string tenantId, string owner, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        rows.RenewLeaseAsync(tenantId, owner, expiresAt, cancellationToken);

    public Task ReleaseLeaseAsync(string tenantId, string owner, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(db.IsDisposed, db);
        return rows.ReleaseLeaseAsync(tenantId, owner, cancellationToken);
    }

    // A disposed context would throw in a real store: so does this one.
    private void Use(string tenantId)
    {
        ObjectDisposedException.ThrowIf(db.IsDisposed, db);
        ledger.StoreCalls.Enqueue((tenantId, db.Number));
    }
}
