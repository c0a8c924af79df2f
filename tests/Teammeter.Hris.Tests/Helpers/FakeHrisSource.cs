using System.Collections.Concurrent;

namespace Teammeter.Hris.Tests.Helpers;

/// <summary>Serves a settable employee list per tenant, or throws a set exception.</summary>
internal sealed class FakeHrisSource : IHrisSource
{
    private readonly ConcurrentDictionary<string, List<HrisEmployee>> _employees = new(StringComparer.Ordinal);

    public Exception? Failure { get; set; }

    public TaskCompletionSource? Gate { get; set; }

    /// <summary>Attributes every snapshot reports as not delivered.</summary>
    public HrisFields MissingFields { get; set; }

    /// <summary>The scope the last read was asked for.</summary>
    public SyncScope? LastScope { get; private set; }

    public List<HrisEmployee> For(string tenantId) => _employees.GetOrAdd(tenantId, _ => []);

    public Task<HrisSnapshot> ReadSnapshotForScopeAsync(string tenantId, SyncScope? scope, CancellationToken cancellationToken)
    {
        LastScope = scope;
        return ReadSnapshotAsync(tenantId, cancellationToken);
    }

    public async Task<HrisSnapshot> ReadSnapshotAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (Failure is { } failure)
        {
            throw failure;
        }

        return new HrisSnapshot([.. For(tenantId)], DateTimeOffset.UnixEpoch, MissingFields);
    }
}
