using System.Collections.Concurrent;

namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>What the server has served, so tests and benchmarks can assert request counts (for example <c>ceil(N/200)</c> pages).</summary>
public sealed class RequestCounters
{
    private readonly ConcurrentDictionary<string, int> requests = new(StringComparer.Ordinal);
    private long bytesSent;

    /// <summary>Total response body bytes sent.</summary>
    public long BytesSent => Interlocked.Read(ref bytesSent);

    /// <summary>Total requests received, faulted ones included.</summary>
    public int TotalRequests => requests.Values.Sum();

    /// <summary>Requests received for a path (for example <c>/hris/employees</c>).</summary>
    /// <param name="path">The request path, without query.</param>
    /// <returns>The count.</returns>
    public int RequestsFor(string path) => requests.GetValueOrDefault(path);

    /// <summary>Forgets everything counted so far.</summary>
    public void Reset()
    {
        requests.Clear();
        Interlocked.Exchange(ref bytesSent, 0);
    }

    internal void RecordRequest(string path) => requests.AddOrUpdate(path, 1, (_, count) => count + 1);

    internal void RecordBytes(long count) => Interlocked.Add(ref bytesSent, count);
}
