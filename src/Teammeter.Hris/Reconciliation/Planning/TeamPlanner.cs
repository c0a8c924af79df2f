namespace Teammeter.Hris.Reconciliation;

/// <summary>Plans teams (create, rename) and memberships, keyed by the HR team (or department) id.</summary>
internal static class TeamPlanner
{
    public static bool Enabled(PlanContext context) =>
        context.Delivered(context.Policy.TeamSource == TeamSource.Team ? HrisFields.Team : HrisFields.Department);

    public static void Plan(PlanContext context)
    {
        if (!Enabled(context))
        {
            return;
        }

        var records = context.Employees.Records;
        var slots = context.Slots;
        var names = new TeamNames();

        for (var i = 0; i < records.Length; i++)
        {
            var unit = UnitOf(context, records[i]);
            if (Normalise.Text(unit?.Id) is not { } unitId)
            {
                PlanMembership(context, records[i].Id, slots[i], null);
                continue;
            }

            names.Count(unitId, unit!.Name, slots[i].WillBeActive);
            PlanMembership(context, records[i].Id, slots[i], unitId);
        }

        context.OccupiedUnits = names.OccupiedIds();
        var existing = ExistingTeams(context);
        foreach (var id in names.Ids)
        {
            var (name, conflicting) = names.Resolve(id);
            if (conflicting)
            {
                context.Warn(SyncWarningCode.ConflictingTeamName, "The snapshot gives this team id several names; the most frequent one is used.", relatedIds: [id]);
            }

            if (existing.TryGetValue(id, out var current))
            {
                if (!string.Equals(current, name, StringComparison.Ordinal))
                {
                    context.Plan.Add(new RenameTeam(id, current, name, SyncReasons.TeamRenamed));
                }
            }
            else if (names.IsOccupied(id))
            {
                context.Plan.Add(new CreateTeam(id, name, SyncReasons.NewTeam));
            }
        }
    }

    /// <summary>Synced teams, one name per id (ordinal smallest when the host lists an id twice).</summary>
    public static Dictionary<string, string> ExistingTeams(PlanContext context)
    {
        var existing = new Dictionary<string, string>(context.State.Teams.Count, StringComparer.Ordinal);
        foreach (var team in context.State.Teams)
        {
            if (!existing.TryGetValue(team.ExternalId, out var name) || string.CompareOrdinal(team.Name, name) < 0)
            {
                existing[team.ExternalId] = team.Name;
            }
        }

        return existing;
    }

    private static void PlanMembership(PlanContext context, string employeeId, in EmployeeSlot slot, string? teamId)
    {
        if (!slot.WillBeActive)
        {
            return;
        }

        var current = slot.Created ? null : context.Users.Users[slot.User].TeamId;
        if (!string.Equals(current, teamId, StringComparison.Ordinal))
        {
            context.Plan.Add(new AssignTeam(employeeId, teamId, current, slot.Created ? SyncReasons.NewEmployee : SyncReasons.TeamChanged));
        }
    }

    private static HrisOrgUnit? UnitOf(PlanContext context, HrisEmployee employee) =>
        context.Policy.TeamSource == TeamSource.Team ? employee.Team : employee.Department;
}
