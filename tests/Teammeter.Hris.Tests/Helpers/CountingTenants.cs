namespace Teammeter.Hris.Tests.Helpers;

/// <summary>A host's tenant list that counts the single-tenant look-ups, to see who reads a tenant and how often.</summary>
internal sealed class CountingTenants(params SyncTenant[] tenants) : ISyncTenantProvider
{
    private volatile SyncTenant[] _tenants = tenants;
    private int _lookups;

    public int Lookups => Volatile.Read(ref _lookups);

    public void Set(params SyncTenant[] tenants) => _tenants = tenants;

    public Task<IReadOnlyList<SyncTenant>> GetTenantsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<SyncTenant>>(_tenants);

    public Task<SyncTenant?> FindTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _lookups);
        return Task.FromResult(_tenants.FirstOrDefault(t => t.TenantId == tenantId));
    }
}
