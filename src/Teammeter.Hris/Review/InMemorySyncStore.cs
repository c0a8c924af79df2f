namespace Teammeter.Hris;

/// <summary>
/// An <see cref="ISyncStore"/> in this process's memory: for tests and single-process hosts only. Everything is lost
/// when the process ends, and other nodes never see it; a host with several nodes or restarts implements
/// <see cref="ISyncStore"/> on its database.
/// </summary>
/// <remarks>Registered by <c>AddPersonioSync</c> when the host registers no store of its own. Thread-safe.</remarks>
public sealed class InMemorySyncStore : ISyncStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, List<StoredPlan>> _plans = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, RejectedOperation>> _rejections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SyncRun>> _runs = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Tenant, AdminNotificationCause Cause), string> _notified = [];
    private readonly HashSet<string> _releasePending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Owner, DateTimeOffset ExpiresAt)> _leases = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task SavePlanAsync(StoredPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        lock (_gate)
        {
            var plans = Get(_plans, plan.TenantId);
            var index = plans.FindIndex(p => p.PlanId == plan.PlanId);
            if (index >= 0)
            {
                plans[index] = plan;
            }
            else
            {
                plans.Add(plan);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<StoredPlan?> GetPlanAsync(string tenantId, string? planId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        lock (_gate)
        {
            var plans = Get(_plans, tenantId);
            var plan = planId is null
                ? plans.LastOrDefault(p => p.CreatedAt == plans.Max(q => q.CreatedAt))
                : plans.Find(p => p.PlanId == planId);
            return Task.FromResult(plan);
        }
    }

    /// <inheritdoc />
    public Task AddRejectionsAsync(string tenantId, IReadOnlyList<RejectedOperation> rejections, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(rejections);
        lock (_gate)
        {
            if (!_rejections.TryGetValue(tenantId, out var byKey))
            {
                _rejections[tenantId] = byKey = new(StringComparer.Ordinal);
            }

            foreach (var rejection in rejections)
            {
                byKey[rejection.Key] = rejection;
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RejectedOperation>> GetRejectionsAsync(string tenantId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        lock (_gate)
        {
            IReadOnlyList<RejectedOperation> list = _rejections.TryGetValue(tenantId, out var byKey) ? [.. byKey.Values] : [];
            return Task.FromResult(list);
        }
    }

    /// <inheritdoc />
    public Task AddRunAsync(SyncRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        lock (_gate)
        {
            Get(_runs, run.TenantId).Add(run);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SyncRun>> GetRunsAsync(string tenantId, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        lock (_gate)
        {
            IReadOnlyList<SyncRun> runs = [.. Get(_runs, tenantId).AsEnumerable().Reverse().Take(limit)];
            return Task.FromResult(runs);
        }
    }

    /// <inheritdoc />
    public Task<bool> TryMarkNotifiedAsync(string tenantId, AdminNotificationCause cause, string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate)
        {
            if (_notified.TryGetValue((tenantId, cause), out var last) && last == key)
            {
                return Task.FromResult(false);
            }

            _notified[(tenantId, cause)] = key;
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task SetReleasePendingAsync(string tenantId, bool pending, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        lock (_gate)
        {
            _ = pending ? _releasePending.Add(tenantId) : _releasePending.Remove(tenantId);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<bool> IsReleasePendingAsync(string tenantId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        lock (_gate)
        {
            return Task.FromResult(_releasePending.Contains(tenantId));
        }
    }

    /// <inheritdoc />
    public Task<bool> TryAcquireLeaseAsync(string tenantId, string owner, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        lock (_gate)
        {
            if (_leases.TryGetValue(tenantId, out var lease) && lease.Owner != owner && lease.ExpiresAt > now)
            {
                return Task.FromResult(false);
            }

            _leases[tenantId] = (owner, expiresAt);
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<bool> RenewLeaseAsync(string tenantId, string owner, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        lock (_gate)
        {
            if (!_leases.TryGetValue(tenantId, out var lease) || lease.Owner != owner)
            {
                return Task.FromResult(false);
            }

            _leases[tenantId] = (owner, expiresAt);
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task ReleaseLeaseAsync(string tenantId, string owner, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        lock (_gate)
        {
            if (_leases.TryGetValue(tenantId, out var lease) && lease.Owner == owner)
            {
                _leases.Remove(tenantId);
            }
        }

        return Task.CompletedTask;
    }

    private static List<T> Get<T>(Dictionary<string, List<T>> byTenant, string tenantId)
    {
        if (!byTenant.TryGetValue(tenantId, out var list))
        {
            byTenant[tenantId] = list = [];
        }

        return list;
    }
}
