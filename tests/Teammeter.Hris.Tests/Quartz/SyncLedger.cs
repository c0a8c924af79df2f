using System.Collections.Concurrent;

namespace Teammeter.Hris.Tests.Quartz;

/// <summary>
/// The shared "sink" of a simulated cluster: which node started and which finished each tenant's sync. Keyed by
/// tenant, so a second completion of the same tenant is a visible duplicate, not a silent overwrite.
/// </summary>
internal sealed class SyncLedger
{
    public ConcurrentQueue<(string Tenant, string Node)> Started { get; } = new();

    public ConcurrentQueue<(string Tenant, string Node)> Completed { get; } = new();

    /// <summary>What each started run was recorded as (the schedule, a webhook).</summary>
    public ConcurrentQueue<(string Tenant, SyncTrigger Trigger)> Triggers { get; } = new();

    public IReadOnlyDictionary<string, int> CompletionsByTenant() =>
        Completed.GroupBy(c => c.Tenant, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    public IReadOnlySet<string> StartedOn(string node) =>
        Started.Where(s => s.Node == node).Select(s => s.Tenant).ToHashSet(StringComparer.Ordinal);
}
