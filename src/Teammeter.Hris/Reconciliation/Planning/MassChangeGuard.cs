namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// Holds mass re-keys and mass deactivations for approval: a whole organisation changing at once is far more
/// often a wrong connection than a real event. Held operations are returned, not dropped.
/// </summary>
internal static class MassChangeGuard
{
    /// <summary>Blocks every re-keyed employee when re-keys exceed the policy's share of linked users.</summary>
    public static void GuardRekeys(PlanContext context)
    {
        var slots = context.Slots;
        var rekeys = 0;
        foreach (var slot in slots)
        {
            rekeys += slot.Match == MatchKind.Rekeyed ? 1 : 0;
        }

        var linked = context.Users.ByExternalId.Count - context.OutOfScopeLinked;
        if (rekeys == 0 || context.Policy.ApproveHeldOperations || rekeys <= context.Policy.RekeyMaxShare * linked)
        {
            return;
        }

        for (var i = 0; i < slots.Length; i++)
        {
            slots[i].Blocked = slots[i].Match == MatchKind.Rekeyed;
        }

        context.Warn(
            SyncWarningCode.MassRekeyHeld,
            $"{rekeys} of {linked} linked users would be re-keyed to new HR ids, more than the policy allows; the re-keys are held for approval.");
    }

    /// <summary>Moves all of the run's deactivations to the held list when they exceed either threshold.</summary>
    public static void GuardDeactivations(PlanContext context)
    {
        var deactivations = context.Plan.Deactivations;
        var policy = context.Policy;
        var active = context.Users.ActiveLinkedCount - context.OutOfScopeActiveLinked;

        var count = deactivations.Count;
        if (count == 0 || policy.ApproveHeldOperations
            || (count <= policy.MassDeactivationMaxCount && count <= policy.MassDeactivationMaxShare * active))
        {
            return;
        }

        context.Plan.HoldDeactivations();
        Array.Clear(context.Deactivating);
        context.Warn(
            SyncWarningCode.MassDeactivationHeld,
            $"{count} of {active} active linked users would be deactivated, more than the policy allows; the deactivations are held for approval.");
    }

    /// <summary>
    /// The wrong-organisation guard (docs/reconciliation.md, "A different organisation"): a run that would create more
    /// users than the policy allows, or whose snapshot barely overlaps the active linked users, holds every operation.
    /// Deactivations alone are not the signal (they are guarded above); the creations are, since each one can become
    /// an invitation to a stranger. A first sync (no linked users) is exempt, and until the tenant released its
    /// invitations only the overlap counts.
    /// </summary>
    public static void GuardOrganisation(PlanContext context)
    {
        var policy = context.Policy;
        var users = context.Users;
        if (users.ByExternalId.Count == 0 || policy.ApproveHeldOperations)
        {
            return;
        }

        // Out-of-scope users count neither way: each is found by its HR id, so both sides drop them.
        var active = users.ActiveLinkedCount - context.OutOfScopeActiveLinked;
        var found = -context.OutOfScopeActiveLinked;
        for (var u = 0; u < users.Users.Length; u++)
        {
            found += users.IsLinked[u] && users.Users[u].IsActive && users.SlotOf[u] >= 0 ? 1 : 0;
        }

        var creations = context.Plan.CreatedUsers;
        var overlap = active == 0 ? 1 : (double)found / active;
        // Before the review is released nobody is invited, and an initial sync that failed part-way must be able to
        // finish creating everyone: only the overlap check applies then.
        var tooMany = context.State.InvitationsReleased
            && (creations > policy.MassCreationMaxCount || creations > policy.MassCreationMaxShare * active);
        if (!tooMany && overlap >= policy.MinSnapshotOverlap)
        {
            return;
        }

        context.Plan.HoldAll();
        Array.Clear(context.Deactivating);
        context.Warn(
            SyncWarningCode.WrongOrganisationSuspected,
            $"The snapshot may be another organisation's: it would create {creations} users and finds {found} of {active} active linked users. Nothing is written; every operation is held for approval.");
    }
}
