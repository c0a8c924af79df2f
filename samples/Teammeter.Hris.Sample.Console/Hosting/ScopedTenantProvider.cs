namespace Teammeter.Hris.Sample.Hosting;

/// <summary>
/// The one tenant of <c>plan</c>/<c>sync</c> with the scope from the command line: the engine reads a tenant's policy
/// (and so its scope) from the host's <see cref="ISyncTenantProvider"/>, as the Teammeter backend would from its settings.
/// </summary>
internal sealed class ScopedTenantProvider(string tenantId, SyncScope scope) : ISyncTenantProvider
{
    private readonly SyncTenant _tenant = new(tenantId, TimeZoneInfo.Utc, new TimeOnly(6, 0), AutoSync: false)
    {
        Policy = ReconcilePolicy.Default with { Scope = scope },
    };

    public Task<IReadOnlyList<SyncTenant>> GetTenantsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<SyncTenant>>([_tenant]);

    public Task<SyncTenant?> FindTenantAsync(string tenantId, CancellationToken cancellationToken) =>
        Task.FromResult(string.Equals(tenantId, _tenant.TenantId, StringComparison.Ordinal) ? _tenant : null);
}
