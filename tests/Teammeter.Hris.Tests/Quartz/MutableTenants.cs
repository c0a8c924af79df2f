namespace Teammeter.Hris.Tests.Quartz;

/// <summary>A host's tenant list that a test can change between refreshes.</summary>
internal sealed class MutableTenants(params SyncTenant[] tenants) : ISyncTenantProvider
{
    private volatile SyncTenant[] _tenants = tenants;

    public void Set(params SyncTenant[] tenants) => _tenants = tenants;

    public Task<IReadOnlyList<SyncTenant>> GetTenantsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<SyncTenant>>(_tenants);

    public Task<SyncTenant?> FindTenantAsync(string tenantId, CancellationToken cancellationToken) =>
        Task.FromResult(_tenants.FirstOrDefault(t => t.TenantId == tenantId));
}
