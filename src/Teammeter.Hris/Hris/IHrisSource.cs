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
}
