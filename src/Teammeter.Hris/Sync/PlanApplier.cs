using Teammeter.Hris.Diagnostics;

namespace Teammeter.Hris.Sync;

/// <summary>
/// Applies a plan through the host's sink and sender, phase by phase in dependency order and in batches, and
/// counts how far it got so a failure can say so.
/// </summary>
internal sealed class PlanApplier(ITeammeterSink sink, IInvitationSender sender, SyncTelemetry telemetry)
{
    public async Task<ApplyProgress> ApplyAsync(string tenantId, IReadOnlyList<SyncOperation> operations, int batchSize, ApplyProgress progress, CancellationToken cancellationToken)
    {
        // The reconciler already emits operations in apply order; grouping again keeps the engine correct for any plan.
        var phases = new List<SyncOperation>[ApplyPhase.Count];
        foreach (var operation in operations)
        {
            var phase = ApplyPhase.Of(operation.Kind);
            (phases[phase] ??= []).Add(operation);
        }

        for (var phase = 0; phase < ApplyPhase.Count - 1; phase++)
        {
            if (phases[phase] is { } batch)
            {
                await ApplyInBatchesAsync(tenantId, batch, batchSize, progress, cancellationToken).ConfigureAwait(false);
            }
        }

        if (phases[ApplyPhase.Count - 1] is { } invitations)
        {
            await SendInvitationsAsync(tenantId, invitations, batchSize, progress, cancellationToken).ConfigureAwait(false);
        }

        return progress;
    }

    private async Task ApplyInBatchesAsync(string tenantId, List<SyncOperation> operations, int batchSize, ApplyProgress progress, CancellationToken cancellationToken)
    {
        for (var start = 0; start < operations.Count; start += batchSize)
        {
            var batch = operations.GetRange(start, Math.Min(batchSize, operations.Count - start));
            await sink.ApplyAsync(tenantId, batch, cancellationToken).ConfigureAwait(false);
            progress.Applied += batch.Count;
            Record(batch, "applied");
        }
    }

    // Send first, record second: a crash in between re-sends on the next run under the same idempotency key,
    // which the sender drops. Recording first could lose an invitation for good.
    private async Task SendInvitationsAsync(string tenantId, List<SyncOperation> invitations, int batchSize, ApplyProgress progress, CancellationToken cancellationToken)
    {
        var sent = new List<SyncOperation>(Math.Min(batchSize, invitations.Count));
        try
        {
            foreach (var operation in invitations)
            {
                var invitation = (SendInvitation)operation;
                await sender.SendAsync(
                    new Invitation(tenantId, invitation.EmployeeId, invitation.Email, invitation.FirstName, invitation.LastName, invitation.IdempotencyKey),
                    cancellationToken).ConfigureAwait(false);
                progress.InvitationsSent++;
                sent.Add(operation);
                if (sent.Count == batchSize)
                {
                    await RecordSentAsync(tenantId, sent, progress, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            if (sent.Count > 0)
            {
                // Record what went out even when a later send failed, so the next run does not send it again.
                await RecordSentAsync(tenantId, sent, progress, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task RecordSentAsync(string tenantId, List<SyncOperation> sent, ApplyProgress progress, CancellationToken cancellationToken)
    {
        await sink.ApplyAsync(tenantId, [.. sent], cancellationToken).ConfigureAwait(false);
        progress.Applied += sent.Count;
        Record(sent, "applied");
        sent.Clear();
    }

    private void Record(List<SyncOperation> batch, string outcome)
    {
        if (!telemetry.Operations.Enabled)
        {
            return;
        }

        Span<int> counts = stackalloc int[Enum.GetValues<SyncOperationKind>().Length];
        foreach (var operation in batch)
        {
            counts[(int)operation.Kind]++;
        }

        for (var kind = 0; kind < counts.Length; kind++)
        {
            if (counts[kind] > 0)
            {
                telemetry.Operations.Add(counts[kind], new KeyValuePair<string, object?>("kind", ((SyncOperationKind)kind).ToString()), new KeyValuePair<string, object?>("outcome", outcome));
            }
        }
    }
}
