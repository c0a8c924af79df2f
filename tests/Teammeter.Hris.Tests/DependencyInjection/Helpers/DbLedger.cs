using System.Collections.Concurrent;

namespace Teammeter.Hris.Tests.DependencyInjection.Helpers;

/// <summary>Every <see cref="AppDb"/> made, and which one each host service got in which tenant's run.</summary>
internal sealed class DbLedger
{
    private int _count;

    public ConcurrentQueue<AppDb> Contexts { get; } = new();

    /// <summary>(tenant, context number) of every sink call.</summary>
    public ConcurrentQueue<(string Tenant, int Db)> SinkCalls { get; } = new();

    /// <summary>(tenant, context number) of every store call that belongs to a run's work (plans, history), not its lease.</summary>
    public ConcurrentQueue<(string Tenant, int Db)> StoreCalls { get; } = new();

    /// <summary>Sink instances made: one per run when the sink is scoped.</summary>
    public int Sinks;

    public int Created(AppDb db)
    {
        Contexts.Enqueue(db);
        return Interlocked.Increment(ref _count);
    }
}
