namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>
/// The Vault connection states the embedded server serves (<c>ConnectionState</c> in the Vault spec; meanings from
/// Apideck's "Vault connection states" guide). Whether the connection is switched on is separate:
/// <see cref="ApideckTenant.ConnectionEnabled"/>.
/// </summary>
public enum VaultConnectionState
{
    /// <summary>The connector is available but the customer has not added it yet.</summary>
    Available,

    /// <summary>Credentials were entered; unified API calls work (when the connection is also switched on).</summary>
    Callable,

    /// <summary>The stored credentials stopped working.</summary>
    Invalid,

    /// <summary>The customer added the connector but has not entered the credentials yet.</summary>
    Added,

    /// <summary>Authorized (OAuth connectors), but settings still have to be completed in Vault.</summary>
    Authorized,
}
