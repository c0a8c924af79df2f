namespace Teammeter.Hris;

/// <summary>
/// Why a tenant's HR connection is (or is not) ready for the sync, machine-readable.
/// <see cref="HrisConnectionStatus.NextStep"/> says the same in words a person can act on.
/// </summary>
public enum HrisConnectionReason
{
    /// <summary>Callable, switched on, and a check read delivered every attribute the sync needs.</summary>
    Connected,

    /// <summary>Apideck has no connection for the tenant: nobody has opened a setup link yet.</summary>
    NotFound,

    /// <summary>Vault state <c>available</c>: the connector is offered but the admin has not added it.</summary>
    Available,

    /// <summary>Vault state <c>added</c>: the admin added the connector but has not entered the credentials.</summary>
    Added,

    /// <summary>Vault state <c>authorized</c>: authorized, but the connection's setup in Vault is not finished.</summary>
    Authorized,

    /// <summary>Vault state <c>invalid</c>: the HR system rejected the stored credentials.</summary>
    Invalid,

    /// <summary>The connection is <c>callable</c> but switched off in Vault (<c>enabled: false</c>).</summary>
    Disabled,

    /// <summary>Connected, but the credential does not deliver some attributes the sync needs (<see cref="HrisConnectionStatus.MissingFields"/>).</summary>
    MissingAttributes,

    /// <summary>Connected in Vault, but the check read of the employees failed (<see cref="HrisConnectionStatus.ReadError"/>).</summary>
    ReadFailed,

    /// <summary>Apideck reported a state this version does not know.</summary>
    UnknownState,
}
