using System.Globalization;
using System.Runtime;

namespace Teammeter.Hris.Benchmarks.Loopback;

/// <summary>
/// What the runtime had done by a moment, or between two (<see cref="Since"/>): JIT time on the calling thread and on
/// all threads, garbage-collection pause time, and collections of each generation. For <see cref="SampleStageClock"/>.
/// </summary>
internal readonly record struct RuntimeWork(int Thread, TimeSpan? JitHere, TimeSpan JitAll, TimeSpan GcPause, int Gen0, int Gen1, int Gen2)
{
    public static RuntimeWork Now() => new(
        Environment.CurrentManagedThreadId,
        JitInfo.GetCompilationTime(currentThread: true),
        JitInfo.GetCompilationTime(),
        GC.GetTotalPauseDuration(),
        GC.CollectionCount(0),
        GC.CollectionCount(1),
        GC.CollectionCount(2));

    /// <summary>The work done since <paramref name="start"/>; JIT time on the thread only when it ended on the thread it started on.</summary>
    public RuntimeWork Since(RuntimeWork start) => new(
        Thread,
        Thread == start.Thread ? JitHere - start.JitHere : null, JitAll - start.JitAll, GcPause - start.GcPause, Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2);

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"JIT {(JitHere is { } here ? $"{here.TotalMilliseconds:F0} ms on its thread" : "(moved threads)")}, {JitAll.TotalMilliseconds:F0} ms in all; GC pause {GcPause.TotalMilliseconds:F0} ms, {Gen0}/{Gen1}/{Gen2} collections");
}
