namespace Teammeter.Hris.Reconciliation;

/// <summary>Plans the users themselves: create, update (link, re-key, names, email), reactivate and deactivate.</summary>
internal static class UserPlanner
{
    public static void Plan(PlanContext context)
    {
        var records = context.Employees.Records;
        var slots = context.Slots;
        var users = context.Users;

        for (var i = 0; i < records.Length; i++)
        {
            var employee = records[i];
            ref var slot = ref slots[i];
            if (slot.OutOfScope is { } exclusion)
            {
                HoldOutOfScope(context, employee, slot, exclusion);
                continue;
            }

            Lifecycle.WarnMissingName(context, employee, slot);

            if (slot.Blocked)
            {
                context.Plan.Hold(UserUpdate.Build(context, employee, slot)!);
                continue;
            }

            if (slot.User >= 0)
            {
                PlanExisting(context, employee, ref slot, users.Users[slot.User]);
            }
            else if (slot.Reused && !context.Policy.ApproveHeldOperations)
            {
                // A leaver's address on a new HR id (docs/reconciliation.md, "Recycled emails"): a person decides.
                context.Plan.Hold(NewUser(context, employee, slot.Email, SyncReasons.EmailReused));
            }
            else if (slot.Reused)
            {
                // Approved as a new person: created with the address (the host frees it on the leaver's account).
                slot.Created = slot.WillBeActive = true;
                context.Plan.Add(NewUser(context, employee, slot.Email, SyncReasons.EmailReused));
            }
            else if (slot.ShouldBeActive && !slot.Excluded && context.ScopeBlind && !context.Policy.ApproveHeldOperations)
            {
                // The scope could not be applied (an attribute is not delivered): the new user may be someone it leaves out.
                context.Plan.Hold(NewUser(context, employee, slot.EmailUsable ? slot.Email : null, SyncReasons.NewEmployee));
            }
            else if (slot.ShouldBeActive && !slot.Excluded)
            {
                slot.Created = slot.WillBeActive = true;
                context.Plan.Add(NewUser(context, employee, slot.EmailUsable ? slot.Email : null, SyncReasons.NewEmployee));
            }
        }

        PlanMissing(context);
    }

    /// <summary>
    /// A linked, active user whose employee left the scope is neither deactivated nor changed: its deactivation is
    /// held for a person (approve to deactivate, reject to keep), with a warning that says why.
    /// </summary>
    private static void HoldOutOfScope(PlanContext context, HrisEmployee employee, EmployeeSlot slot, ScopeExclusion exclusion)
    {
        if (slot.User < 0 || !context.Users.Users[slot.User].IsActive)
        {
            return;
        }

        var deactivation = new DeactivateUser(employee.EmployeeId, SyncReasons.OutOfScope);
        if (context.Policy.ApproveHeldOperations)
        {
            context.Plan.Deactivations.Add(deactivation);
            context.Deactivating[slot.User] = true;
        }
        else
        {
            context.Plan.Hold(deactivation);
        }

        context.Warn(
            SyncWarningCode.OutOfScope,
            $"The employee is outside the tenant's scope ({context.Scope!.Why(employee, exclusion)}); the user is held for approval, neither deactivated nor changed.",
            employee.EmployeeId);
    }

    private static CreateUser NewUser(PlanContext context, HrisEmployee employee, string? email, string reason)
    {
        var names = context.Delivered(HrisFields.Names);
        return new CreateUser(
            employee.EmployeeId,
            names ? Normalise.Text(employee.FirstName) : null,
            names ? Normalise.Text(employee.LastName) : null,
            email,
            reason);
    }

    private static void PlanExisting(PlanContext context, HrisEmployee employee, ref EmployeeSlot slot, TeammeterUser user)
    {
        if (!slot.ShouldBeActive)
        {
            if (user.IsActive)
            {
                context.Plan.Deactivations.Add(new DeactivateUser(employee.EmployeeId, slot.InactiveReason!));
                context.Deactivating[slot.User] = true;
            }

            return;
        }

        if (UserUpdate.Build(context, employee, slot) is { } update)
        {
            context.Plan.Add(update);
        }

        // Without a delivered status, "active" is only an assumption: never reactivate on it. A user a coach
        // deactivated stays deactivated: the sync undoes only its own deactivations (a rehire).
        var reactivate = !user.IsActive && context.Delivered(HrisFields.Status) && user.DeactivatedBySync;
        if (reactivate)
        {
            context.Plan.Add(new ReactivateUser(employee.EmployeeId, SyncReasons.Rehired));
        }
        else if (!user.IsActive && context.Delivered(HrisFields.Status))
        {
            context.Warn(
                SyncWarningCode.DeactivatedInTeammeter,
                "The user was deactivated in Teammeter, not by the sync, while HR says active; the user stays deactivated.",
                employee.EmployeeId);
        }

        slot.WillBeActive = user.IsActive || reactivate;
    }

    /// <summary>
    /// Linked users absent from the snapshot, whom HR never said had left: held for approval by default, since
    /// nobody decided they left (HR deleted the record, or the read was quietly short).
    /// </summary>
    private static void PlanMissing(PlanContext context)
    {
        var action = context.Policy.MissingEmployees;
        if (action == MissingEmployeeAction.Keep)
        {
            return;
        }

        var hold = action == MissingEmployeeAction.Hold && !context.Policy.ApproveHeldOperations;
        var users = context.Users;
        List<string>? held = null;
        foreach (var (externalId, u) in users.ByExternalId.Entries())
        {
            if (users.SlotOf[u] >= 0 || !users.Users[u].IsActive)
            {
                continue;
            }

            var deactivation = new DeactivateUser(externalId, SyncReasons.MissingFromSnapshot);
            if (hold)
            {
                context.Plan.Hold(deactivation);
                (held ??= []).Add(externalId);
            }
            else
            {
                context.Plan.Deactivations.Add(deactivation);
                context.Deactivating[u] = true;
            }
        }

        if (held is not null)
        {
            held.Sort(StringComparer.Ordinal);
            context.Warn(
                SyncWarningCode.MissingEmployeesHeld,
                $"{held.Count} linked users are missing from HR without a termination; their deactivations are held for approval.",
                relatedIds: held);
        }
    }
}
