namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// Plans reporting lines: a user's manager is set once both are active users (in the same run if needed).
/// Unknown, inactive or not-created managers, self-management and cycles leave the line unset, with a warning.
/// Run by <see cref="OrgPlanner"/>.
/// </summary>
internal sealed class ReportingLinePlanner
{
    private const int None = -1;

    /// <summary>The manager is a re-key held for approval: leave the line as it is.</summary>
    private const int Untouched = -2;

    private readonly PlanContext _context;
    private readonly int[] _targets;
    private readonly string?[] _reasons;

    private ReportingLinePlanner(PlanContext context)
    {
        _context = context;
        _targets = new int[context.Slots.Length];
        _reasons = new string?[context.Slots.Length];
    }

    /// <summary>The planner, or <see langword="null"/> when the source did not deliver managers.</summary>
    public static ReportingLinePlanner? For(PlanContext context) => context.Delivered(HrisFields.Manager) ? new ReportingLinePlanner(context) : null;

    /// <summary>Finds the manager of employee <paramref name="i"/> when they are active after the plan.</summary>
    public void Collect(int i) => _targets[i] = _context.Slots[i].WillBeActive ? Target(_context, i, out _reasons[i]) : None;

    /// <summary>Once every manager is known: breaks the cycles, leaving those lines unset.</summary>
    public void Settle()
    {
        var records = _context.Employees.Records;
        foreach (var cycle in ManagerCycles.Find(_targets))
        {
            var members = new List<string>(cycle.Count);
            foreach (var member in cycle)
            {
                members.Add(records[member].EmployeeId);
                _targets[member] = None;
                _reasons[member] = SyncReasons.ManagerCycle;
            }

            // Records follow snapshot order: name the members in id order.
            members.Sort(StringComparer.Ordinal);

            _context.Warn(SyncWarningCode.ManagerCycle, $"{cycle.Count} employees' reporting lines form a cycle; those lines are left unset.", members[0], members);
        }
    }

    /// <summary>Plans employee <paramref name="i"/>'s reporting line when they are active after the plan.</summary>
    public void Assign(int i)
    {
        var target = _targets[i];
        if (_context.Slots[i].WillBeActive && target != Untouched)
        {
            PlanLine(_context, i, target >= 0 ? _context.Employees.Records[target].EmployeeId : null, _reasons[i]);
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

        // Every record's id maps to its own index, so the manager id equals the employee's exactly when the lookup
        // finds the employee: the check needs no read of the employee's id string (a cache miss per employee).
        var known = context.Employees.ById.TryGetValue(employee.ManagerId, out var manager);
        if (known && manager == i)
        {
            reason = SyncReasons.SelfManager;
            context.Warn(SyncWarningCode.SelfManager, "The employee is recorded as their own manager; the reporting line is left unset.", employee.EmployeeId);
            return None;
        }

        if (known)
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

        // A manager whose deactivation is held (or kept) is still an active user: nothing that follows from a held
        // operation is applied, so the line stays as it is.
        if (StaysActiveUser(context, employee.ManagerId))
        {
            return Untouched;
        }

        reason = SyncReasons.ManagerUnknown;
        context.Warn(
            SyncWarningCode.UnknownManager,
            "The employee's manager is not an active user (unknown, inactive or not created); the reporting line is left unset.",
            employee.EmployeeId,
            [employee.ManagerId]);
        return None;
    }

    /// <summary>Whether a Teammeter user linked to <paramref name="hrId"/> is active and stays active after the plan.</summary>
    private static bool StaysActiveUser(PlanContext context, string hrId) =>
        context.Users.ByExternalId.TryGetValue(hrId, out var user)
        && context.Users.Users[user].IsActive
        && !context.Deactivating[user];

    /// <summary>
    /// HR wins when it names a manager; when it names none, only a line the sync set is cleared, and a coach's line
    /// stays (docs/reconciliation.md, "Ownership").
    /// </summary>
    private static void PlanLine(PlanContext context, int i, string? managerId, string? reason)
    {
        var slot = context.Slots[i];
        var user = slot.Created ? null : context.Users.Users[slot.User];
        var current = user?.ManagerId;
        if (string.Equals(current, managerId, StringComparison.Ordinal))
        {
            return;
        }

        // Read only now: otherwise the comparing pass would touch every employee's record (a cache miss each) for an
        // id it needs only when the line changes.
        var id = context.Employees.Records[i].EmployeeId;

        var coachLine = current is not null && !user!.ManagerSetBySync;
        if (managerId is not null)
        {
            context.Plan.Add(new SetManager(id, managerId, current, slot.Created ? SyncReasons.NewEmployee : SyncReasons.ManagerChanged));
            if (coachLine)
            {
                context.Warn(SyncWarningCode.CoachEditReplaced, "HR now names a manager for this user; it replaces the line a coach set.", id, [current!, managerId]);
            }
        }
        else if (!coachLine)
        {
            context.Plan.Add(new ClearManager(id, current!, reason ?? SyncReasons.ManagerRemoved));
        }
    }
}
