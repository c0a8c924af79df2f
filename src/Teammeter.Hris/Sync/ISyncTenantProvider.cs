namespace Teammeter.Hris;

/// <summary>Knows each tenant's sync settings and schedule. Implemented by the host.</summary>
/// <remarks>
/// Asked again before every scheduling decision, so a tenant that switches automatic sync on or off, or moves its
/// time, takes effect without a restart. Optional for on-demand syncs (defaults: UTC and <see cref="ReconcilePolicy.Default"/>);
/// required by the daily sync.
/// </remarks>
public interface ISyncTenantProvider
{
    /// <summary>Returns every tenant with an HR connection and its settings.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tenants.</returns>
    Task<IReadOnlyList<SyncTenant>> GetTenantsAsync(CancellationToken cancellationToken);

    /// <summary>Returns one tenant's settings, or <see langword="null"/> when the host does not know it.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tenant's settings or <see langword="null"/>.</returns>
    Task<SyncTenant?> FindTenantAsync(string tenantId, CancellationToken cancellationToken);
}
