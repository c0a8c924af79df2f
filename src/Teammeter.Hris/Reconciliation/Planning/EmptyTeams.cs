namespace Teammeter.Hris.Reconciliation;

/// <summary>Reports synced teams that have no active member once the plan is applied. They are never deleted.</summary>
internal static class EmptyTeams
{
    public static void Warn(PlanContext context)
    {
        var existing = TeamPlanner.ExistingTeams(context);
        if (existing.Count == 0)
        {
            return;
        }

        var slots = context.Slots;

        // When teams are synced, the team planner already collected the units of the employees active after the plan
        // (nothing after it changes who is active); this is the last step, so adding to that set is safe.
        var occupied = context.OccupiedUnits;
        if (occupied is null)
        {
            occupied = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < slots.Length; i++)
            {
                if (slots[i].WillBeActive && !slots[i].Created)
                {
                    AddIfSet(occupied, context.Users.Users[slots[i].User].TeamId);
                }
            }
        }

        var users = context.Users;
        for (var u = 0; u < users.Users.Length; u++)
        {
            var slot = users.SlotOf[u];
            if ((slot < 0 || !slots[slot].WillBeActive) && users.Users[u].IsActive && !context.Deactivating[u])
            {
                AddIfSet(occupied, users.Users[u].TeamId);
            }
        }

        foreach (var id in existing.Keys)
        {
            if (!occupied.Contains(id))
            {
                context.Warn(SyncWarningCode.EmptyTeam, "This synced team has no active members; it is kept.", relatedIds: [id]);
            }
        }
    }

    private static void AddIfSet(HashSet<string> set, string? id)
    {
        if (id is not null)
        {
            set.Add(id);
        }
    }
}
