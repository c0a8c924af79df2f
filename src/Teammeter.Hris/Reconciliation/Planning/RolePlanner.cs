namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// Plans roles from position titles: normalised, matched case-insensitively to existing roles (keeping their
/// spelling), created otherwise. Only the role the sync assigned (<see cref="TeammeterUser.SyncedRole"/>) is managed.
/// </summary>
/// <remarks>
/// About 50 employees share each title, so each distinct raw title is resolved once (<see cref="RoleSpellings"/>)
/// and an employee costs one ordinal lookup, not a normalisation and two case-insensitive lookups.
/// </remarks>
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
        var spellings = new RoleSpellings(context.State.Roles);
        var roleOf = new int[records.Length];

        // First pass: collect the titles of active employees; new roles get their spelling once all are seen,
        // independent of employee order.
        for (var i = 0; i < records.Length; i++)
        {
            roleOf[i] = slots[i].WillBeActive ? spellings.Add(records[i].Title) : RoleSpellings.NoRole;
        }

        foreach (var role in spellings.SettleNewRoles())
        {
            context.Plan.Add(new CreateRole(role, SyncReasons.NewRole));
        }

        for (var i = 0; i < records.Length; i++)
        {
            if (!slots[i].WillBeActive)
            {
                continue;
            }

            var role = spellings.Spelling(roleOf[i]);
            var current = slots[i].Created ? null : context.Users.Users[slots[i].User].SyncedRole;
            if (!string.Equals(role, current, StringComparison.Ordinal))
            {
                var reason = slots[i].Created ? SyncReasons.NewEmployee : SyncReasons.TitleChanged;
                context.Plan.Add(new AssignRole(records[i].Id, role, current, reason));
            }
        }
    }
}
