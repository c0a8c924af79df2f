using System.Collections.Concurrent;

namespace Teammeter.Hris.Tests.Helpers;

/// <summary>
/// An idempotent in-memory sink, per tenant, honouring the <see cref="ITeammeterSink"/> contract. It can be told to
/// fail after N operations, to simulate a crash while applying.
/// </summary>
internal sealed class InMemoryTeammeterSink : ITeammeterSink
{
    private readonly ConcurrentDictionary<string, TenantStore> _tenants = new(StringComparer.Ordinal);
    private int _inFlight;

    /// <summary>Fail once this many more operations have been applied (counted across calls); null = never.</summary>
    public int? FailAfterOperations { get; set; }

    public int MaxConcurrentApplies { get; private set; }

    public int ApplyCalls { get; private set; }

    public TimeSpan ApplyDelay { get; set; }

    public TenantStore Tenant(string tenantId) => _tenants.GetOrAdd(tenantId, _ => new TenantStore());

    public Task<TeammeterState> LoadAsync(string tenantId, CancellationToken cancellationToken)
    {
        var store = Tenant(tenantId);
        lock (store)
        {
            return Task.FromResult(new TeammeterState(tenantId, [.. store.Users], [.. store.Teams.Select(t => new TeammeterTeam(t.Key, t.Value))], [.. store.Roles], store.Released));
        }
    }

    public async Task ApplyAsync(string tenantId, IReadOnlyList<SyncOperation> operations, CancellationToken cancellationToken)
    {
        var inFlight = Interlocked.Increment(ref _inFlight);
        MaxConcurrentApplies = Math.Max(MaxConcurrentApplies, inFlight);
        try
        {
            ApplyCalls++;
            if (ApplyDelay > TimeSpan.Zero)
            {
                await Task.Delay(ApplyDelay, cancellationToken);
            }

            var store = Tenant(tenantId);
            lock (store)
            {
                foreach (var operation in operations)
                {
                    if (FailAfterOperations is { } remaining)
                    {
                        if (remaining <= 0)
                        {
                            FailAfterOperations = null;
                            throw new InvalidOperationException("Simulated sink failure.");
                        }

                        FailAfterOperations = remaining - 1;
                    }

                    StateApplier.Apply(store, operation);
                }
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public Task MarkInvitationsReleasedAsync(string tenantId, CancellationToken cancellationToken)
    {
        var store = Tenant(tenantId);
        lock (store)
        {
            store.Released = true;
        }

        return Task.CompletedTask;
    }
}
