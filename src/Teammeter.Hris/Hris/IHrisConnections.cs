namespace Teammeter.Hris;

/// <summary>Sets up and inspects a tenant's connection to its HR system (Personio through Apideck Vault).</summary>
/// <remarks>An interface so hosts can mock it in their own tests.</remarks>
public interface IHrisConnections
{
    /// <summary>
    /// Creates a short-lived secure link the tenant's HR admin opens to enter the Personio API credentials.
    /// </summary>
    /// <param name="tenantId">The Teammeter tenant (customer organisation).</param>
    /// <param name="request">How the organisation is shown in the setup page and where the admin returns to.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The link to send to the admin.</returns>
    /// <exception cref="HrisSourceException">Apideck refused or failed the request.</exception>
    Task<HrisSetupLink> CreateSetupLinkAsync(string tenantId, HrisSetupLinkRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads the state of the tenant's HR connection.</summary>
    /// <param name="tenantId">The Teammeter tenant (customer organisation).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The connection status; a connection that was never created is a status, not an error.</returns>
    /// <exception cref="HrisSourceException">Apideck refused or failed the request.</exception>
    Task<HrisConnectionStatus> GetStatusAsync(string tenantId, CancellationToken cancellationToken = default);
}
