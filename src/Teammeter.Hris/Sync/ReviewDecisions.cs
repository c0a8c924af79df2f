using Teammeter.Hris.Review;
using Teammeter.Hris.Reconciliation;
using Teammeter.Hris.Operations;

namespace Teammeter.Hris.Sync;

/// <summary>
/// Approving and rejecting held operations of a stored plan (docs/reconciliation.md, "Approving"). An approval applies
/// exactly what was reviewed, each operation re-checked against a fresh read of HR: one whose reason no longer holds
/// is dropped, and nothing that appeared after the review is applied. A rejection is remembered with the HR record it
/// was based on, so the operation is not proposed again until HR changes that person again.
/// </summary>
internal sealed class ReviewDecisions(PersonioSync engine, ISyncStore store, TimeProvider time)
{
    public async Task<(ReviewResult Result, SyncReport Report)> ApproveAsync(RunContext run, string planId, IReadOnlyCollection<string>? keys, CancellationToken cancellationToken)
    {
        run.PlanId = planId;
        var (stored, document, selected) = await SelectAsync(run.TenantId, planId, keys, cancellationToken).ConfigureAwait(false);
        var (snapshot, state, settings) = await engine.ReadAsync(run, cancellationToken).ConfigureAwait(false);

        // What HR implies today with the guards lifted: an approved operation still holds when this plan has it, unchanged.
        var policy = settings.Policy with
        {
            InvitationsReleased = state.InvitationsReleased && settings.Policy.AutoInviteNewHires,
            ApproveHeldOperations = true,
        };
        var today = OrgReconciler.Plan(snapshot, state, policy, engine.Today(settings));
        var current = today.Operations.ToDictionary(OperationKeys.Of, StringComparer.Ordinal);
        var approved = WithStructure(selected, document.Held);

        var valid = new List<OperationDto>();
        var dropped = new List<OperationDto>();
        foreach (var dto in approved)
        {
            var still = current.TryGetValue(dto.Key!, out var now) && now.Equals(OperationCodec.FromDto(dto));
            (still ? valid : dropped).Add(dto);
        }

        var operations = valid.Select(OperationCodec.FromDto).ToList();
        var plan = new ChangeSet(operations, [], []);
        var explainer = new Explainer(snapshot);
        var progress = new ApplyProgress();
        await engine.ApplyAsync(
            run,
            operations,
            progress,
            () => engine.CreateReport(run, PersonioSync.IsInitialSync(state), plan, snapshot, progress, explainer),
            cancellationToken).ConfigureAwait(false);

        var decided = Decide(document, valid, ReviewOperationStatus.Approved);
        decided = Decide(decided, dropped, ReviewOperationStatus.Dropped);
        await store.SavePlanAsync(PlanRecords.WithDocument(stored, decided), cancellationToken).ConfigureAwait(false);

        var result = new ReviewResult(
            run.TenantId,
            planId,
            [.. valid.Select(d => PlanRecords.ToReview(d with { Status = ReviewOperationStatus.Approved }))],
            [.. dropped.Select(d => PlanRecords.ToReview(d with { Status = ReviewOperationStatus.Dropped }))],
            [],
            StillHeld(decided),
            progress.InvitationsSent);
        return (result, engine.CreateReport(run, PersonioSync.IsInitialSync(state), plan, snapshot, progress, explainer));
    }

    public async Task<(ReviewResult Result, SyncReport Report)> RejectAsync(RunContext run, string planId, IReadOnlyCollection<string>? keys, CancellationToken cancellationToken)
    {
        run.PlanId = planId;
        var (stored, document, selected) = await SelectAsync(run.TenantId, planId, keys, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        await store.AddRejectionsAsync(
            run.TenantId,
            [.. selected.Select(d => new RejectedOperation(d.Key!, d.HrFingerprint ?? Fingerprints.Absent, now))],
            cancellationToken).ConfigureAwait(false);

        var decided = Decide(document, selected, ReviewOperationStatus.Rejected);
        await store.SavePlanAsync(PlanRecords.WithDocument(stored, decided), cancellationToken).ConfigureAwait(false);

        var result = new ReviewResult(
            run.TenantId,
            planId,
            [],
            [],
            [.. selected.Select(d => PlanRecords.ToReview(d with { Status = ReviewOperationStatus.Rejected }))],
            StillHeld(decided),
            0);
        var report = new SyncReport(run.TenantId, run.Kind, false, new ChangeSet([], [], []), now, 0, 0, time.GetElapsedTime(run.Started), HrisFields.None, planId, run.Trigger, null);
        return (result, report);
    }

    /// <summary>Finds the plan and the pending held operations named; an unknown name is an error and nothing is written.</summary>
    private async Task<(StoredPlan Stored, PlanDocument Document, List<OperationDto> Selected)> SelectAsync(string tenantId, string planId, IReadOnlyCollection<string>? keys, CancellationToken cancellationToken)
    {
        var stored = await store.GetPlanAsync(tenantId, planId, cancellationToken).ConfigureAwait(false)
            ?? throw new SyncReviewException(SyncReviewException.PlanNotFound, $"Tenant '{tenantId}' has no plan '{planId}'.");
        var document = PlanRecords.Document(stored);
        var pending = document.Held.Where(d => d.Status == ReviewOperationStatus.Pending).ToList();
        if (keys is null)
        {
            return (stored, document, pending);
        }

        var byKey = pending.ToDictionary(d => d.Key!, StringComparer.Ordinal);
        var unknown = keys.Where(k => !byKey.ContainsKey(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new SyncReviewException(
                SyncReviewException.OperationNotHeld,
                $"Plan '{planId}' of tenant '{tenantId}' has no pending held operation {string.Join(", ", unknown.Select(k => $"'{k}'"))}.");
        }

        return (stored, document, [.. keys.Distinct(StringComparer.Ordinal).Select(k => byKey[k])]);
    }

    /// <summary>The approved operations plus the held teams and roles their memberships need.</summary>
    private static List<OperationDto> WithStructure(List<OperationDto> selected, List<OperationDto> held)
    {
        var keys = selected.Select(d => d.Key!).ToHashSet(StringComparer.Ordinal);
        var needed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dto in selected)
        {
            if (dto.Type == nameof(SyncOperationKind.AssignTeam) && dto.Team is { } team)
            {
                needed.Add($"{SyncOperationKind.CreateTeam}:{team}");
            }
            else if (dto.Type == nameof(SyncOperationKind.AssignRole) && dto.Role is { } role)
            {
                needed.Add($"{SyncOperationKind.CreateRole}:{role.ToUpperInvariant()}");
            }
        }

        return [.. held.Where(d => d.Status == ReviewOperationStatus.Pending && needed.Contains(d.Key!) && !keys.Contains(d.Key!)), .. selected];
    }

    private static PlanDocument Decide(PlanDocument document, List<OperationDto> decided, ReviewOperationStatus status)
    {
        var keys = decided.Select(d => d.Key!).ToHashSet(StringComparer.Ordinal);
        return document with
        {
            Held = [.. document.Held.Select(d => d.Status == ReviewOperationStatus.Pending && keys.Contains(d.Key!) ? d with { Status = status } : d)],
        };
    }

    private static List<ReviewOperation> StillHeld(PlanDocument document) =>
        [.. document.Held.Where(d => d.Status == ReviewOperationStatus.Pending).Select(PlanRecords.ToReview)];

}
