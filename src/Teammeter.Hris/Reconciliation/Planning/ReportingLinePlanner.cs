namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// Plans reporting lines: a user's manager is set once both are active users (in the same run if needed).
/// Unknown, inactive or not-created managers, self-management and cycles leave the line unset, with a warning.
/// </summary>
internal static class ReportingLinePlanner
{
    private const int None = -1;

    /// <summary>The manager is a re-key held for approval: leave the line as it is.</summary>
    private const int Untouched = -2;

    public static void Plan(PlanContext context)
    {
        if (!context.Delivered(HrisFields.Manager))
        {
            return;
        }

        var records = context.Employees.Records;
        var slots = context.Slots;
        var targets = new int[records.Length];
        var reasons = new string?[records.Length];

        for (var i = 0; i < records.Length; i++)
        {
            targets[i] = slots[i].WillBeActive ? Target(context, i, out reasons[i]) : None;
        }

        foreach (var cycle in ManagerCycles.Find(targets))
        {
            var members = new List<string>(cycle.Count);
            foreach (var member in cycle)
            {
                members.Add(records[member].Id);
                targets[member] = None;
                reasons[member] = SyncReasons.ManagerCycle;
            }

            // Records follow snapshot order: name the members in id order.
            members.Sort(StringComparer.Ordinal);

            context.Warn(SyncWarningCode.ManagerCycle, $"{cycle.Count} employees' reporting lines form a cycle; those lines are left unset.", members[0], members);
        }

        for (var i = 0; i < records.Length; i++)
        {
            if (slots[i].WillBeActive && targets[i] != Untouched)
            {
                PlanLine(context, i, targets[i] >= 0 ? records[targets[i]].Id : null, reasons[i]);
            }
        }
    }

    private static int Target(PlanContext context, int i, out string? reason)
    {
        var employee = context.Employees.Records[i];
        reason = null;
        if (string.IsNullOrWhiteSpace(employee.ManagerId))
        {
            reason = SyncReasons.ManagerRemoved;
            return None;
        }

        if (string.Equals(employee.ManagerId, employee.Id, StringComparison.Ordinal))
        {
            reason = SyncReasons.SelfManager;
            context.Warn(SyncWarningCode.SelfManager, "The employee is recorded as their own manager; the reporting line is left unset.", employee.Id);
            return None;
        }

        if (context.Employees.ById.TryGetValue(employee.ManagerId, out var manager))
        {
            if (context.Slots[manager].WillBeActive)
            {
                return manager;
            }

            if (context.Slots[manager].Blocked)
            {
                return Untouched;
            }
        }

        reason = SyncReasons.ManagerUnknown;
        context.Warn(
            SyncWarningCode.UnknownManager,
            "The employee's manager is not an active user (unknown, inactive or not created); the reporting line is left unset.",
            employee.Id,
            [employee.ManagerId]);
        return None;
    }

    private static void PlanLine(PlanContext context, int i, string? managerId, string? reason)
    {
        var slot = context.Slots[i];
        var id = context.Employees.Records[i].Id;
        var current = slot.Created ? null : context.Users.Users[slot.User].ManagerId;
        if (string.Equals(current, managerId, StringComparison.Ordinal))
        {
            return;
        }

        if (managerId is not null)
        {
            context.Plan.Add(new SetManager(id, managerId, current, slot.Created ? SyncReasons.NewEmployee : SyncReasons.ManagerChanged));
        }
        else
        {
            context.Plan.Add(new ClearManager(id, current!, reason ?? SyncReasons.ManagerRemoved));
        }
    }
}
