namespace Teammeter.Hris;

/// <summary>The state of a tenant's HR connection as Apideck Vault reports it.</summary>
/// <param name="ServiceId">The connector (for example <c>personio</c>).</param>
/// <param name="State">
/// Apideck's connection state: <c>available</c>, <c>added</c>, <c>authorized</c>, <c>invalid</c> or <c>callable</c>;
/// <see cref="NotFoundState"/> when Apideck has no connection for the tenant.
/// </param>
/// <param name="Enabled">Whether the connection is switched on in Vault.</param>
public sealed record HrisConnectionStatus(string ServiceId, string State, bool Enabled)
{
    /// <summary>The state reported when the tenant has no connection at all (Apideck answered 404).</summary>
    public const string NotFoundState = "not_found";

    /// <summary>The Apideck state in which the connection can be used to read data.</summary>
    public const string CallableState = "callable";

    /// <summary><see langword="true"/> when the connection can be used to read data (state <c>callable</c>); shown as CONNECTED.</summary>
    public bool IsConnected => string.Equals(State, CallableState, StringComparison.Ordinal);
}
