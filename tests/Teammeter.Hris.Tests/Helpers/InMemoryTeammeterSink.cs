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
    private int _maxConcurrentApplies;
    private int _applyCalls;

    /// <summary>Fail once this many more operations have been applied (counted across calls); null = never.</summary>
    public int? FailAfterOperations { get; set; }

    /// <summary>The most <see cref="ApplyAsync"/> calls seen running at once, across tenants.</summary>
    public int MaxConcurrentApplies => Volatile.Read(ref _maxConcurrentApplies);

    public int ApplyCalls => Volatile.Read(ref _applyCalls);

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

    // Parallel applies race to raise the maximum: a plain Math.Max could lose the higher value to a lower one written
    // after it, and a test of the concurrency bound would then pass on a number that was never the maximum.
    private void RaiseMaxConcurrentApplies(int inFlight)
    {
        var seen = Volatile.Read(ref _maxConcurrentApplies);
        while (inFlight > seen)
        {
            var previous = Interlocked.CompareExchange(ref _maxConcurrentApplies, inFlight, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }

    public async Task ApplyAsync(string tenantId, IReadOnlyList<SyncOperation> operations, CancellationToken cancellationToken)
    {
        var inFlight = Interlocked.Increment(ref _inFlight);
        RaiseMaxConcurrentApplies(inFlight);
        try
        {
            Interlocked.Increment(ref _applyCalls);
            if (ApplyDelay > TimeSpan.Zero)
            {
                await Task.Delay(ApplyDelay, cancellationToken);
            }

            var store = Tenant(tenantId);
            lock (store)
            {
                var applier = StateApplier.For(store);
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

                    applier.Apply(operation);
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
