namespace Teammeter.Hris;

/// <summary>Lists the tenants the daily sync considers, with their schedule. Implemented by the host.</summary>
/// <remarks>Asked again before every scheduling decision, so a tenant that switches automatic sync on or off, or moves its time, takes effect without a restart.</remarks>
public interface ISyncTenantProvider
{
    /// <summary>Returns every tenant with an HR connection and its sync schedule.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The tenants.</returns>
    Task<IReadOnlyList<SyncTenant>> GetTenantsAsync(CancellationToken cancellationToken);
}
