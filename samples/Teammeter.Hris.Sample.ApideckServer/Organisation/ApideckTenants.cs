using System.Collections.Concurrent;

namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>The server's in-memory tenants, keyed by Apideck consumer id.</summary>
public sealed class ApideckTenants
{
    private readonly ConcurrentDictionary<string, ApideckTenant> tenants = new(StringComparer.Ordinal);

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

    /// <summary>Vault creates a consumer the first time a session names it; so does the server.</summary>
    internal ApideckTenant GetOrAddEmpty(string consumerId) =>
        tenants.GetOrAdd(consumerId, id => new ApideckTenant(id, [], VaultConnectionState.Available));
}
