namespace Teammeter.Hris;

/// <summary>Reads a tenant's organisation from an HR system.</summary>
public interface IHrisSource
{
    /// <summary>Reads one complete snapshot of the tenant's organisation.</summary>
    /// <param name="tenantId">The Teammeter tenant (customer organisation).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A complete snapshot; never a partial one.</returns>
    /// <exception cref="HrisSourceException">Any page could not be read, or the data was unusable.</exception>
    Task<HrisSnapshot> ReadSnapshotAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads one complete snapshot, including the attributes the tenant's <paramref name="scope"/> filters on
    /// (<see cref="HrisEmployee.EmploymentType"/>, <see cref="HrisEmployee.CompanyId"/>,
    /// <see cref="HrisEmployee.CustomAttributes"/>). The sync engine calls this one. A source that reads everything
    /// anyway need not implement it: by default it calls <see cref="ReadSnapshotAsync(string, CancellationToken)"/>.
    /// </summary>
    /// <param name="tenantId">The Teammeter tenant (customer organisation).</param>
    /// <param name="scope">The tenant's scope, or <see langword="null"/> when everyone is synced.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A complete snapshot; never a partial one.</returns>
    /// <exception cref="HrisSourceException">Any page could not be read, or the data was unusable.</exception>
    Task<HrisSnapshot> ReadSnapshotForScopeAsync(string tenantId, SyncScope? scope, CancellationToken cancellationToken) =>
        ReadSnapshotAsync(tenantId, cancellationToken);
}
