namespace Teammeter.Hris.Benchmarks.Infrastructure;

/// <summary>
/// Passes everything to the current real sink and counts <see cref="ITeammeterSink.ApplyAsync"/> calls. The SQLite
/// sink makes each call one transaction, so the count is the number of write transactions: it shows that applying
/// is batched, not one transaction per row. The inner sink can be swapped between iterations (a fresh database).
/// </summary>
internal sealed class MeteredSink(ITeammeterSink inner) : ITeammeterSink
{
    private long applyCalls;
    private long operations;

    public ITeammeterSink Inner { get; set; } = inner;

    public long ApplyCalls => Interlocked.Read(ref applyCalls);

    public long Operations => Interlocked.Read(ref operations);

    public Task<TeammeterState> LoadAsync(string tenantId, CancellationToken cancellationToken) => Inner.LoadAsync(tenantId, cancellationToken);

    public Task ApplyAsync(string tenantId, IReadOnlyList<SyncOperation> operations, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref applyCalls);
        Interlocked.Add(ref this.operations, operations.Count);
        return Inner.ApplyAsync(tenantId, operations, cancellationToken);
    }

    public Task MarkInvitationsReleasedAsync(string tenantId, CancellationToken cancellationToken) => Inner.MarkInvitationsReleasedAsync(tenantId, cancellationToken);

    public void Reset()
    {
        Interlocked.Exchange(ref applyCalls, 0);
        Interlocked.Exchange(ref operations, 0);
    }
}
