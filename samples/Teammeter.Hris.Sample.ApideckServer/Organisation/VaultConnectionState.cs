namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>The Vault connection states the embedded server serves (<c>ConnectionState</c> in the Vault spec).</summary>
public enum VaultConnectionState
{
    /// <summary>The connector is available but the customer has not entered credentials yet.</summary>
    Available,

    /// <summary>Credentials were entered; unified API calls work.</summary>
    Callable,

    /// <summary>The stored credentials stopped working.</summary>
    Invalid,
}
