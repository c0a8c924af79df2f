namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// Plans roles from position titles: normalised, matched case-insensitively to existing roles (keeping their
/// spelling), created otherwise. Only the role the sync assigned (<see cref="TeammeterUser.SyncedRole"/>) is managed.
/// Run by <see cref="OrgPlanner"/>.
/// </summary>
/// <remarks>
/// About 50 employees share each title, so each distinct raw title is resolved once (<see cref="RoleSpellings"/>)
/// and an employee costs one ordinal lookup, not a normalisation and two case-insensitive lookups.
/// </remarks>
internal sealed class RolePlanner
{
    private readonly PlanContext _context;
    private readonly RoleSpellings _spellings;
    private readonly int[] _roleOf;

    private RolePlanner(PlanContext context)
    {
        _context = context;
        _spellings = new RoleSpellings(context.State.Roles);
        _roleOf = new int[context.Slots.Length];
    }

    /// <summary>The planner, or <see langword="null"/> when the source did not deliver titles.</summary>
    public static RolePlanner? For(PlanContext context) => context.Delivered(HrisFields.Title) ? new RolePlanner(context) : null;

    /// <summary>Reads the title of employee <paramref name="i"/> when they are active after the plan.</summary>
    public void Collect(int i) =>
        _roleOf[i] = _context.Slots[i].WillBeActive ? _spellings.Add(_context.Employees.Records[i].Title) : RoleSpellings.NoRole;

    /// <summary>
    /// Once every title is collected, new roles get their spelling (independent of employee order) and are created.
    /// </summary>
    public void Settle()
    {
        foreach (var role in _spellings.SettleNewRoles())
        {
            _context.Plan.Add(new CreateRole(role, SyncReasons.NewRole));
        }
    }

    /// <summary>Plans employee <paramref name="i"/>'s role when they are active after the plan.</summary>
    public void Assign(int i)
    {
        var slot = _context.Slots[i];
        if (!slot.WillBeActive)
        {
            return;
        }

        var role = _spellings.Spelling(_roleOf[i]);
        var current = slot.Created ? null : _context.Users.Users[slot.User].SyncedRole;
        if (!string.Equals(role, current, StringComparison.Ordinal))
        {
            var reason = slot.Created ? SyncReasons.NewEmployee : SyncReasons.TitleChanged;
            _context.Plan.Add(new AssignRole(_context.Employees.Records[i].EmployeeId, role, current, reason));
        }
    }
}
