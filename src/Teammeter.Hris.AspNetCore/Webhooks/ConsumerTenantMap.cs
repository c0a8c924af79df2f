using Microsoft.Extensions.Options;

namespace Teammeter.Hris.Webhooks;

/// <summary>
/// Maps an event's Apideck consumer id back to the tenant, the reverse of
/// <see cref="PersonioSyncOptions.ConsumerIdResolver"/>. Without a resolver the consumer id is the tenant id, known
/// when the host's <see cref="ISyncTenantProvider"/> finds it (or always, when the host has none). With a resolver,
/// the map is built from the tenant list and reused for <see cref="ApideckWebhookOptions.TenantMapLifetime"/>.
/// </summary>
internal sealed class ConsumerTenantMap(
    IOptions<PersonioSyncOptions> sync,
    IOptions<ApideckWebhookOptions> options,
    ISyncTenantProvider? tenants,
    TimeProvider time)
{
    private static readonly TimeSpan MissRefreshInterval = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private Dictionary<string, string>? _byConsumer;
    private DateTimeOffset _readAt;

    /// <summary>The tenant of the consumer, or <see langword="null"/> when no tenant has that consumer id.</summary>
    public async ValueTask<string?> FindTenantAsync(string consumerId, CancellationToken cancellationToken)
    {
        var resolver = sync.Value.ConsumerIdResolver;
        if (resolver is null)
        {
            return tenants is null || await tenants.FindTenantAsync(consumerId, cancellationToken).ConfigureAwait(false) is not null
                ? consumerId
                : null;
        }

        if (tenants is null)
        {
            return null; // the validator refuses this configuration at start-up
        }

        var map = Volatile.Read(ref _byConsumer);
        var age = time.GetUtcNow() - _readAt;
        if (map is null || age >= options.Value.TenantMapLifetime || (!map.ContainsKey(consumerId) && age >= MissRefreshInterval))
        {
            map = await RefreshAsync(resolver, tenants, cancellationToken).ConfigureAwait(false);
        }

        return map.GetValueOrDefault(consumerId);
    }

    private async Task<Dictionary<string, string>> RefreshAsync(Func<string, string> resolver, ISyncTenantProvider provider, CancellationToken cancellationToken)
    {
        var before = Volatile.Read(ref _byConsumer);
        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another event refreshed while this one waited: use its list.
            if (!ReferenceEquals(before, _byConsumer) && _byConsumer is not null)
            {
                return _byConsumer;
            }

            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var tenant in await provider.GetTenantsAsync(cancellationToken).ConfigureAwait(false))
            {
                map.TryAdd(resolver(tenant.TenantId), tenant.TenantId);
            }

            _readAt = time.GetUtcNow();
            Volatile.Write(ref _byConsumer, map);
            return map;
        }
        finally
        {
            _refresh.Release();
        }
    }
}
