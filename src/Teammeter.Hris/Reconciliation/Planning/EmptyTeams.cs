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

        var occupied = new HashSet<string>(StringComparer.Ordinal);
        var records = context.Employees.Records;
        var slots = context.Slots;
        var teamsSynced = TeamPlanner.Enabled(context);
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i].WillBeActive)
            {
                var team = teamsSynced ? TeamPlanner.UnitId(context, records[i]) : slots[i].Created ? null : context.Users.Users[slots[i].User].TeamId;
                AddIfSet(occupied, team);
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
