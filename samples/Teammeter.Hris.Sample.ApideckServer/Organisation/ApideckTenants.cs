using System.Collections.Concurrent;

namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>The server's in-memory tenants, keyed by Apideck consumer id.</summary>
public sealed class ApideckTenants
{
    private readonly ConcurrentDictionary<string, ApideckTenant> tenants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> servedAs = new(StringComparer.Ordinal);

    /// <summary>Adds (or replaces) a tenant.</summary>
    /// <param name="consumerId">The Apideck consumer id.</param>
    /// <param name="employees">Its employees.</param>
    /// <param name="state">Its Vault connection state; <see cref="VaultConnectionState.Callable"/> means connected.</param>
    /// <returns>The tenant, for further changes.</returns>
    public ApideckTenant Add(string consumerId, IEnumerable<ApideckEmployee> employees, VaultConnectionState state = VaultConnectionState.Callable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(consumerId);
        ArgumentNullException.ThrowIfNull(employees);
        var tenant = new ApideckTenant(consumerId, employees, state);
        tenants[consumerId] = tenant;
        return tenant;
    }

    /// <summary>Gets a tenant.</summary>
    /// <param name="consumerId">The Apideck consumer id.</param>
    /// <returns>The tenant, or <see langword="null"/> when the consumer is unknown.</returns>
    public ApideckTenant? Find(string consumerId) => tenants.GetValueOrDefault(consumerId);

    /// <summary>Gets a tenant.</summary>
    /// <param name="consumerId">The Apideck consumer id.</param>
    /// <returns>The tenant.</returns>
    /// <exception cref="KeyNotFoundException">The consumer is unknown.</exception>
    public ApideckTenant this[string consumerId] =>
        Find(consumerId) ?? throw new KeyNotFoundException($"No tenant with consumer id '{consumerId}'.");

    /// <summary>Every tenant, in no particular order (for checks across all of them).</summary>
    public IReadOnlyList<ApideckTenant> All => [.. tenants.Values];

    /// <summary>
    /// Answers the HRIS calls of <paramref name="consumerId"/> with the organisation of <paramref name="servingConsumerId"/>:
    /// the consumer id maps to another company's connection (the wrong consumer id in a backend's configuration, or a
    /// Vault connection authorised with a sister company's Personio). Vault calls still answer for the consumer itself.
    /// </summary>
    /// <param name="consumerId">The consumer whose HRIS calls are misrouted.</param>
    /// <param name="servingConsumerId">The tenant whose employees (and connection state) answer them.</param>
    /// <exception cref="KeyNotFoundException">The serving consumer is unknown.</exception>
    public void ServeAs(string consumerId, string servingConsumerId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(consumerId);
        _ = this[servingConsumerId];
        servedAs[consumerId] = servingConsumerId;
    }

    /// <summary>Ends a <see cref="ServeAs"/>: the consumer's HRIS calls are answered from its own organisation again.</summary>
    /// <param name="consumerId">The consumer.</param>
    public void StopServingAs(string consumerId) => servedAs.TryRemove(consumerId, out _);

    /// <summary>The tenant that answers the consumer's HRIS calls: its own, or the one <see cref="ServeAs"/> names.</summary>
    internal ApideckTenant? FindServing(string consumerId) =>
        Find(servedAs.TryGetValue(consumerId, out var serving) ? serving : consumerId);

    /// <summary>Vault creates a consumer the first time a session names it; so does the server.</summary>
    internal ApideckTenant GetOrAddEmpty(string consumerId) =>
        tenants.GetOrAdd(consumerId, id => new ApideckTenant(id, [], VaultConnectionState.Available));
}
