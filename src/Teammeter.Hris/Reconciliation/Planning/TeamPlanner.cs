namespace Teammeter.Hris.Reconciliation;

/// <summary>Plans teams (create, rename) and memberships, keyed by the HR team (or department) id. Run by <see cref="OrgPlanner"/>.</summary>
internal sealed class TeamPlanner
{
    private readonly PlanContext _context;
    private readonly TeamNames _names = new();
    private readonly string?[] _unitOf;
    private readonly bool _byTeam;

    private TeamPlanner(PlanContext context)
    {
        _context = context;
        _unitOf = new string?[context.Slots.Length];
        _byTeam = context.Policy.TeamSource == TeamSource.Team;
    }

    /// <summary>The planner, or <see langword="null"/> when the source did not deliver the unit teams are synced from.</summary>
    public static TeamPlanner? For(PlanContext context) =>
        context.Delivered(context.Policy.TeamSource == TeamSource.Team ? HrisFields.Team : HrisFields.Department)
            ? new TeamPlanner(context)
            : null;

    /// <summary>Reads employee <paramref name="i"/>'s unit: every employee's counts towards the unit's name.</summary>
    public void Collect(int i)
    {
        var employee = _context.Employees.Records[i];
        var unit = _byTeam ? employee.Team : employee.Department;
        if (Normalise.Text(unit?.Id) is { } unitId)
        {
            _unitOf[i] = _names.Count(unitId, unit!.Name, _context.Slots[i].WillBeActive);
        }
    }

    /// <summary>Once every employee is collected: creates and renames teams.</summary>
    public void Settle()
    {
        _context.OccupiedUnits = _names.OccupiedIds();
        var existing = ExistingTeams(_context);
        foreach (var id in _names.Ids)
        {
            var (name, conflicting) = _names.Resolve(id);
            if (conflicting)
            {
                _context.Warn(SyncWarningCode.ConflictingTeamName, "The snapshot gives this team id several names; the most frequent one is used.", relatedIds: [id]);
            }

            if (existing.TryGetValue(id, out var current))
            {
                if (!string.Equals(current, name, StringComparison.Ordinal))
                {
                    _context.Plan.Add(new RenameTeam(id, current, name, SyncReasons.TeamRenamed));
                }
            }
            else if (_names.IsOccupied(id))
            {
                _context.Plan.Add(new CreateTeam(id, name, SyncReasons.NewTeam));
            }
        }
    }

    /// <summary>Plans employee <paramref name="i"/>'s membership when they are active after the plan.</summary>
    public void Assign(int i)
    {
        var slot = _context.Slots[i];
        if (!slot.WillBeActive)
        {
            return;
        }

        var teamId = _unitOf[i];
        var current = slot.Created ? null : _context.Users.Users[slot.User].TeamId;
        if (!string.Equals(current, teamId, StringComparison.Ordinal))
        {
            var reason = slot.Created ? SyncReasons.NewEmployee : SyncReasons.TeamChanged;
            _context.Plan.Add(new AssignTeam(_context.Employees.Records[i].EmployeeId, teamId, current, reason));
        }
    }

    /// <summary>Synced teams, one name per id (ordinal smallest when the host lists an id twice).</summary>
    public static Dictionary<string, string> ExistingTeams(PlanContext context)
    {
        var existing = new Dictionary<string, string>(context.State.Teams.Count, StringComparer.Ordinal);
        foreach (var team in context.State.Teams)
        {
            if (!existing.TryGetValue(team.TeamId, out var name) || string.CompareOrdinal(team.Name, name) < 0)
            {
                existing[team.TeamId] = team.Name;
            }
        }

        return existing;
    }
}
