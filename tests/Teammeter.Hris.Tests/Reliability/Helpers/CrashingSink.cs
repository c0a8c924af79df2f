namespace Teammeter.Hris.Tests.Reliability.Helpers;

/// <summary>
/// Wraps a real sink and "crashes" once after <see cref="FailAfterOperations"/> operations: the operations before
/// the crash point are committed by the inner sink, the rest of the batch never arrives, as when the process dies
/// between two writes.
/// </summary>
internal sealed class CrashingSink(ITeammeterSink inner) : ITeammeterSink
{
    public int? FailAfterOperations { get; set; }

    public bool Crashed { get; private set; }

    public Task<TeammeterState> LoadAsync(string tenantId, CancellationToken cancellationToken) => inner.LoadAsync(tenantId, cancellationToken);

    public async Task ApplyAsync(string tenantId, IReadOnlyList<SyncOperation> operations, CancellationToken cancellationToken)
    {
        if (FailAfterOperations is { } remaining && remaining < operations.Count)
        {
            FailAfterOperations = null;
            Crashed = true;
            if (remaining > 0)
            {
                await inner.ApplyAsync(tenantId, operations.Take(remaining).ToList(), cancellationToken);
            }

            throw new IOException("Simulated crash while writing to Teammeter.");
        }

        FailAfterOperations -= operations.Count;
        await inner.ApplyAsync(tenantId, operations, cancellationToken);
    }

    public Task MarkInvitationsReleasedAsync(string tenantId, CancellationToken cancellationToken) => inner.MarkInvitationsReleasedAsync(tenantId, cancellationToken);
}
