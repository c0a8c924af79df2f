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
            if (slot.Blocked)
            {
                context.Plan.Hold(UserUpdate.Build(context, employee, slot)!);
                continue;
            }

            if (slot.User >= 0)
            {
                PlanExisting(context, employee, ref slot, users.Users[slot.User]);
            }
            else if (slot.ShouldBeActive && !slot.Excluded)
            {
                slot.Created = slot.WillBeActive = true;
                var email = slot.EmailUsable ? slot.Email : null;
                var names = context.Delivered(HrisFields.Names);
                context.Plan.Add(new CreateUser(
                    employee.Id,
                    names ? Normalise.Text(employee.FirstName) : null,
                    names ? Normalise.Text(employee.LastName) : null,
                    email,
                    SyncReasons.NewEmployee));
            }
        }

        PlanMissing(context);
    }

    private static void PlanExisting(PlanContext context, HrisEmployee employee, ref EmployeeSlot slot, TeammeterUser user)
    {
        if (!slot.ShouldBeActive)
        {
            if (user.IsActive)
            {
                context.Plan.Deactivations.Add(new DeactivateUser(employee.Id, slot.InactiveReason!));
                context.Deactivating[slot.User] = true;
            }

            return;
        }

        if (UserUpdate.Build(context, employee, slot) is { } update)
        {
            context.Plan.Add(update);
        }

        // Without a delivered status, "active" is only an assumption: never reactivate on it.
        if (!user.IsActive && context.Delivered(HrisFields.Status))
        {
            context.Plan.Add(new ReactivateUser(employee.Id, SyncReasons.Rehired));
        }

        slot.WillBeActive = user.IsActive || context.Delivered(HrisFields.Status);
    }

    private static void PlanMissing(PlanContext context)
    {
        if (context.Policy.MissingEmployees != MissingEmployeeAction.Deactivate)
        {
            return;
        }

        var users = context.Users;
        foreach (var (externalId, u) in users.ByExternalId)
        {
            if (users.SlotOf[u] < 0 && users.Users[u].IsActive)
            {
                context.Plan.Deactivations.Add(new DeactivateUser(externalId, SyncReasons.MissingFromSnapshot));
                context.Deactivating[u] = true;
            }
        }
    }
}
