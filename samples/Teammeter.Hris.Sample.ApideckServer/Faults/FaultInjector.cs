using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>
/// Breaks requests on purpose: scripted faults queued per path are consumed one per request, in order; an
/// optional interceptor sees every request first and may answer it itself.
/// </summary>
public sealed class FaultInjector
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScriptedFault>> queues = new(StringComparer.Ordinal);

    /// <summary>
    /// Sees every request before the server does; returns <see langword="true"/> when it wrote the response itself.
    /// </summary>
    public Func<HttpContext, CancellationToken, Task<bool>>? Interceptor { get; set; }

    /// <summary>How many scripted faults are still queued across all paths.</summary>
    public int Pending => queues.Values.Sum(q => q.Count);

    /// <summary>Queues a fault for the next request to a path that has no earlier fault queued.</summary>
    /// <param name="path">The request path, without query (for example <c>/hris/employees</c>).</param>
    /// <param name="fault">The fault.</param>
    public void Enqueue(string path, ScriptedFault fault)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(fault);
        queues.GetOrAdd(path, _ => new ConcurrentQueue<ScriptedFault>()).Enqueue(fault);
    }

    /// <summary>Drops every queued fault and the interceptor.</summary>
    public void Clear()
    {
        queues.Clear();
        Interceptor = null;
    }

    internal ScriptedFault? TakeNext(string path) =>
        queues.TryGetValue(path, out var queue) && queue.TryDequeue(out var fault) ? fault : null;
}
