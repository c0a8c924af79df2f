using System.Collections.Concurrent;

namespace Teammeter.Hris.Sync;

/// <summary>
/// Serialises runs per tenant and bounds how many tenants run at once in this process. A second request for a
/// tenant that is running waits for the first (cancellable) rather than interleaving with it.
/// </summary>
/// <remarks>
/// Deliberately not disposable: at the host's shutdown timeout the container disposes the engine while runs are
/// still in flight or waiting here, and a disposed semaphore would turn their release or their cancellation into an
/// <see cref="ObjectDisposedException"/>. A <see cref="SemaphoreSlim"/> whose wait handle is never read owns no
/// unmanaged resource, so leaving them to the garbage collector costs nothing.
/// </remarks>
internal sealed class TenantGate
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
