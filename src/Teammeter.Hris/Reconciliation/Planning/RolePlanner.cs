namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// Plans roles from position titles: normalised, matched case-insensitively to existing roles (keeping their
/// spelling), created otherwise. Only the role the sync assigned (<see cref="TeammeterUser.SyncedRole"/>) is managed.
/// </summary>
internal static class RolePlanner
{
    public static void Plan(PlanContext context)
    {
        if (!context.Delivered(HrisFields.Title))
        {
            return;
        }

        var records = context.Employees.Records;
        var slots = context.Slots;
        var spelling = ExistingSpellings(context);
        var created = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        // First pass: settle the spelling of new roles (ordinal smallest variant), independent of employee order.
        for (var i = 0; i < records.Length; i++)
        {
            if (slots[i].WillBeActive && Normalise.Title(records[i].Title) is { } title && !spelling.ContainsKey(title))
            {
                if (!created.TryGetValue(title, out var chosen) || string.CompareOrdinal(title, chosen) < 0)
                {
                    created[title] = title;
                }
            }
        }

        foreach (var role in created.Values)
        {
            context.Plan.Add(new CreateRole(role, SyncReasons.NewRole));
            spelling[role] = role;
        }

        for (var i = 0; i < records.Length; i++)
        {
            if (!slots[i].WillBeActive)
            {
                continue;
            }

            var role = Normalise.Title(records[i].Title) is { } title ? spelling[title] : null;
            var current = slots[i].Created ? null : context.Users.Users[slots[i].User].SyncedRole;
            if (!string.Equals(role, current, StringComparison.Ordinal))
            {
                var reason = slots[i].Created ? SyncReasons.NewEmployee : SyncReasons.TitleChanged;
                context.Plan.Add(new AssignRole(records[i].Id, role, current, reason));
            }
        }
    }

    /// <summary>Existing roles by normalised name (case-insensitive) to the spelling the tenant uses (ordinal smallest when several).</summary>
    private static Dictionary<string, string> ExistingSpellings(PlanContext context)
    {
        var spelling = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var role in context.State.Roles)
        {
            if (Normalise.Title(role) is not { } key)
            {
                continue;
            }

            if (!spelling.TryGetValue(key, out var chosen) || string.CompareOrdinal(role, chosen) < 0)
            {
                spelling[key] = role;
            }
        }

        return spelling;
    }
}
