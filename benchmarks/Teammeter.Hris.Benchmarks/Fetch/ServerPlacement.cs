namespace Teammeter.Hris.Benchmarks.Fetch;

/// <summary>Where the Apideck server that <see cref="FetchBenchmarks"/> reads from runs.</summary>
public enum ServerPlacement
{
    /// <summary>
    /// In the benchmark's own process (the embedded <c>FakeApideckServer</c>): the server's allocations, about
    /// 1.5 KB per employee served, share the heap with the read, and the collections they set off copy what the read
    /// keeps.
    /// </summary>
    InProcess,

    /// <summary>
    /// In a process of its own (the benchmark program in <c>apideck-server</c> mode, same organisation): the measured
    /// heap holds only the client's allocations, so the ratio to the raw loop reflects the package alone.
    /// </summary>
    OwnProcess,
}
