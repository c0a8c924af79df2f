namespace Teammeter.Hris.Tests.Helpers;

/// <summary>A host's tenant list held in memory; <see cref="Set"/> replaces it, as a settings change would.</summary>
internal sealed class StaticTenantProvider(params SyncTenant[] tenants) : ISyncTenantProvider
{
    private volatile SyncTenant[] _tenants = tenants;

    public void Set(params SyncTenant[] tenants) => _tenants = tenants;

    public Task<IReadOnlyList<SyncTenant>> GetTenantsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<SyncTenant>>(_tenants);

    public Task<SyncTenant?> FindTenantAsync(string tenantId, CancellationToken cancellationToken) => Task.FromResult(_tenants.FirstOrDefault(t => t.TenantId == tenantId));
}
