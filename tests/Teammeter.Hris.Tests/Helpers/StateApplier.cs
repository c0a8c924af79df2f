namespace Teammeter.Hris.Tests.Helpers;

/// <summary>
/// Applies operations the way a real sink must: as idempotent upserts keyed by HR id, in the order given. The one
/// rule for every test: the in-memory sink applies each batch with it, and the reconciler's tests apply whole plans
/// with it to check that planning again gives an empty plan.
/// </summary>
/// <remarks>
/// Applying an operation twice changes nothing the second time (a rerun after a crash repeats a batch). An
/// operation on a user that does not exist is a broken plan, not something to skip: it throws, so a planner that
/// changes a user before creating it fails the tests instead of passing them silently.
/// </remarks>
internal sealed class StateApplier
{
    private readonly List<TeammeterUser> _users;
    private readonly IDictionary<string, string> _teams;
    private readonly List<string> _roles;

    // The first user per HR id, as a linear search would find it, so a 100,000-employee plan applies in linear time.
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);

    /// <summary>Applies to these collections in place, indexing the users once.</summary>
    public StateApplier(List<TeammeterUser> users, IDictionary<string, string> teams, List<string> roles)
    {
        _users = users;
        _teams = teams;
        _roles = roles;
        for (var index = 0; index < users.Count; index++)
        {
            if (users[index].EmployeeId is { } id)
            {
                _byId.TryAdd(id, index);
            }
        }
    }

    /// <summary>Applies to one tenant of the in-memory sink, in place.</summary>
    public static StateApplier For(TenantStore store) => new(store.Users, store.Teams, store.Roles);

    /// <summary>The state after applying <paramref name="plan"/>'s operations (and its held ones, if asked).</summary>
    public static TeammeterState Apply(TeammeterState state, ChangeSet plan, bool includeHeld = false)
    {
        var users = state.Users.ToList();
        var teams = state.Teams.ToDictionary(t => t.TeamId, t => t.Name, StringComparer.Ordinal);
        var roles = state.Roles.ToList();
        var applier = new StateApplier(users, teams, roles);
        foreach (var operation in includeHeld ? plan.Operations.Concat(plan.Held) : plan.Operations)
        {
            applier.Apply(operation);
        }

        return new TeammeterState(state.TenantId, users, [.. teams.Select(t => new TeammeterTeam(t.Key, t.Value))], roles, state.InvitationsReleased);
    }

    public void Apply(SyncOperation operation)
    {
        switch (operation)
        {
            case CreateTeam o: _teams.TryAdd(o.TeamId, o.Name); break;
            case RenameTeam o: _teams[o.TeamId] = o.NewName; break;
            case CreateRole o:
                // Roles compare case-insensitively, as the reconciler's do.
                if (!_roles.Contains(o.Role, StringComparer.OrdinalIgnoreCase))
                {
                    _roles.Add(o.Role);
                }

                break;
            case CreateUser o:
                if (IndexOf(o.EmployeeId) < 0)
                {
                    Add(new TeammeterUser { EmployeeId = o.EmployeeId, FirstName = o.FirstName, LastName = o.LastName, Email = o.Email });
                }

                break;
            case UpdateUser o: ApplyUpdate(o); break;
            case AssignTeam o: Change(o.EmployeeId, u => u with { TeamId = o.TeamId }); break;
            case AssignRole o: Change(o.EmployeeId, u => u with { SyncedRole = o.Role }); break;
            case SetManager o: Change(o.EmployeeId, u => u with { ManagerId = o.ManagerId, ManagerSetBySync = true }); break;
            case ClearManager o: Change(o.EmployeeId, u => u with { ManagerId = null, ManagerSetBySync = false }); break;
            case DeactivateUser o: Change(o.EmployeeId, u => u with { IsActive = false, DeactivatedBySync = true }); break;
            case ReactivateUser o: Change(o.EmployeeId, u => u with { IsActive = true, DeactivatedBySync = false }); break;
            case SendInvitation o: Change(o.EmployeeId, u => u with { IsInvited = true }); break;
            default: throw new ArgumentOutOfRangeException(nameof(operation), operation.Kind, "Unknown operation.");
        }
    }

    private void ApplyUpdate(UpdateUser update)
    {
        // A re-key or a link finds the user under its old id (or, unlinked, by email) the first time, and under the
        // new id when the same operation is applied again.
        var rekey = update.Changes.FirstOrDefault(c => c.Field == UserField.EmployeeId);
        var index = rekey is null
            ? -1
            : rekey.Before is null
                ? _users.FindIndex(u => u.EmployeeId is null && string.Equals(u.Email?.Trim(), update.MatchEmail, StringComparison.OrdinalIgnoreCase))
                : IndexOf(rekey.Before);
        if (index < 0)
        {
            index = IndexOf(update.EmployeeId);
        }

        if (index < 0)
        {
            throw new InvalidOperationException($"UpdateUser for {update.EmployeeId} must find its user.");
        }

        var user = _users[index];
        foreach (var change in update.Changes)
        {
            user = change.Field switch
            {
                UserField.EmployeeId => user with { EmployeeId = change.After },
                UserField.FirstName => user with { FirstName = change.After },
                UserField.LastName => user with { LastName = change.After },
                UserField.Email => user with { Email = change.After },
                _ => throw new ArgumentOutOfRangeException(nameof(update), change.Field, "Unknown user field."),
            };
        }

        Set(index, user);
    }

    private void Change(string employeeId, Func<TeammeterUser, TeammeterUser> change)
    {
        var index = IndexOf(employeeId);
        if (index < 0)
        {
            throw new InvalidOperationException($"An operation on {employeeId} must find its user.");
        }

        Set(index, change(_users[index]));
    }

    private int IndexOf(string externalId) => _byId.GetValueOrDefault(externalId, -1);

    private void Add(TeammeterUser user)
    {
        _users.Add(user);
        if (user.EmployeeId is { } id)
        {
            _byId.TryAdd(id, _users.Count - 1);
        }
    }

    private void Set(int index, TeammeterUser user)
    {
        var before = _users[index].EmployeeId;
        _users[index] = user;
        if (before == user.EmployeeId)
        {
            return;
        }

        // A re-key: the old id no longer finds this user (a later duplicate of it, if any, takes over), the new one does.
        if (before is not null && _byId.GetValueOrDefault(before, -1) == index)
        {
            _byId.Remove(before);
            var next = _users.FindIndex(u => u.EmployeeId == before);
            if (next >= 0)
            {
                _byId[before] = next;
            }
        }

        if (user.EmployeeId is { } id && (!_byId.TryGetValue(id, out var existing) || existing > index))
        {
            _byId[id] = index;
        }
    }
}
