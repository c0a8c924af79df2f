using System.Collections.Concurrent;

namespace Teammeter.Hris.Sync;

/// <summary>
/// Serialises runs per tenant and bounds how many tenants run at once in this process. A second request for a
/// tenant that is running waits for the first (cancellable) rather than interleaving with it.
/// </summary>
internal sealed class TenantGate : IDisposable
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _tenants = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _parallel;

    public TenantGate(int maxConcurrentTenants)
    {
        _parallel = new SemaphoreSlim(maxConcurrentTenants, maxConcurrentTenants);
    }

    public async Task<IDisposable> EnterAsync(string tenantId, CancellationToken cancellationToken)
    {
        var tenant = _tenants.GetOrAdd(tenantId, static _ => new SemaphoreSlim(1, 1));
        await tenant.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _parallel.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            tenant.Release();
            throw;
        }

        return new Lease(tenant, _parallel);
    }

    public void Dispose()
    {
        _parallel.Dispose();
        foreach (var semaphore in _tenants.Values)
        {
            semaphore.Dispose();
        }
    }

    private sealed class Lease(SemaphoreSlim tenant, SemaphoreSlim parallel) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                parallel.Release();
                tenant.Release();
            }
        }
    }
}
