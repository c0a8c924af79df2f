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
            await SendInvitationsAsync(tenantId, invitations, progress, cancellationToken).ConfigureAwait(false);
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

    // An outbox of one: each invitation is recorded through the sink right after its send, so a crash leaves at most
    // one invitation sent but unrecorded. The plan is the pending list (an unrecorded invitation is planned again), and
    // the rerun sends that one again under the same deterministic idempotency key, which the sender drops. Recording
    // first could lose an invitation for good; recording a whole batch after its sends (as before) re-sent up to
    // ApplyBatchSize invitations after a crash (docs/reliability.md).
    private async Task SendInvitationsAsync(string tenantId, List<SyncOperation> invitations, ApplyProgress progress, CancellationToken cancellationToken)
    {
        foreach (var operation in invitations)
        {
            var invitation = (SendInvitation)operation;
            await sender.SendAsync(
                new Invitation(tenantId, invitation.EmployeeId, invitation.Email, invitation.FirstName, invitation.LastName, invitation.IdempotencyKey),
                cancellationToken).ConfigureAwait(false);
            progress.InvitationsSent++;

            // Not the caller's token: once sent, the invitation must be recorded, or the next run sends it again.
            await sink.ApplyAsync(tenantId, [operation], CancellationToken.None).ConfigureAwait(false);
            progress.Applied++;
            Record([operation], "applied");
        }
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
