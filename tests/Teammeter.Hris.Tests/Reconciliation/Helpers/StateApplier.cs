namespace Teammeter.Hris.Tests.Reconciliation.Helpers;

/// <summary>
/// Applies a plan to a state the way an idempotent sink would (upserts keyed by HR id), so tests can check
/// that planning again after applying gives an empty plan.
/// </summary>
internal static class StateApplier
{
    public static TeammeterState Apply(TeammeterState state, ChangeSet plan, bool includeHeld = false)
    {
        var users = new IndexedUsers(state.Users);
        var teams = state.Teams.ToDictionary(t => t.ExternalId, t => t.Name, StringComparer.Ordinal);
        var roles = state.Roles.ToList();
        var operations = includeHeld ? plan.Operations.Concat(plan.Held) : plan.Operations;

        foreach (var operation in operations)
        {
            switch (operation)
            {
                case CreateTeam o: teams[o.TeamId] = o.Name; break;
                case RenameTeam o: teams[o.TeamId] = o.NewName; break;
                case CreateRole o: roles.Add(o.Role); break;
                case CreateUser o:
                    users.Add(new TeammeterUser { ExternalId = o.EmployeeId, FirstName = o.FirstName, LastName = o.LastName, Email = o.Email });
                    break;
                case UpdateUser o: ApplyUpdate(users, o); break;
                case ReactivateUser o: Change(users, o.EmployeeId, u => u with { IsActive = true, DeactivatedBySync = false }); break;
                case DeactivateUser o: Change(users, o.EmployeeId, u => u with { IsActive = false, DeactivatedBySync = true }); break;
                case AssignTeam o: Change(users, o.EmployeeId, u => u with { TeamId = o.TeamId }); break;
                case AssignRole o: Change(users, o.EmployeeId, u => u with { SyncedRole = o.Role }); break;
                case SetManager o: Change(users, o.EmployeeId, u => u with { ManagerId = o.ManagerId, ManagerSetBySync = true }); break;
                case ClearManager o: Change(users, o.EmployeeId, u => u with { ManagerId = null, ManagerSetBySync = false }); break;
                case SendInvitation o: Change(users, o.EmployeeId, u => u with { IsInvited = true }); break;
                default: throw new InvalidOperationException($"Unknown operation {operation.Kind}.");
            }
        }

        return new TeammeterState(
            state.TenantId,
            users.List,
            teams.Select(t => new TeammeterTeam(t.Key, t.Value)).ToList(),
            roles,
            state.InvitationsReleased);
    }

    private static void ApplyUpdate(IndexedUsers users, UpdateUser update)
    {
        var rekey = update.Changes.FirstOrDefault(c => c.Field == UserField.ExternalId);
        var index = rekey is null
            ? users.IndexOf(update.EmployeeId)
            : rekey.Before is null
                ? users.List.FindIndex(u => u.ExternalId is null && string.Equals(u.Email?.Trim(), update.MatchEmail, StringComparison.OrdinalIgnoreCase))
                : users.IndexOf(rekey.Before);
        if (index < 0)
        {
            throw new InvalidOperationException($"UpdateUser for {update.EmployeeId} must find its user.");
        }

        var user = users.List[index];
        foreach (var change in update.Changes)
        {
            user = change.Field switch
            {
                UserField.ExternalId => user with { ExternalId = change.After },
                UserField.FirstName => user with { FirstName = change.After },
                UserField.LastName => user with { LastName = change.After },
                _ => user with { Email = change.After },
            };
        }

        users.Set(index, user);
    }

    private static void Change(IndexedUsers users, string employeeId, Func<TeammeterUser, TeammeterUser> change)
    {
        var index = users.IndexOf(employeeId);
        if (index < 0)
        {
            throw new InvalidOperationException($"An operation on {employeeId} must find its user.");
        }

        users.Set(index, change(users.List[index]));
    }

    /// <summary>The users with an index by HR id (the first user per id, as a linear search would find), so
    /// applying a 100,000-employee plan stays linear.</summary>
    private sealed class IndexedUsers
    {
        private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);

        public IndexedUsers(IEnumerable<TeammeterUser> users)
        {
            foreach (var user in users)
            {
                Add(user);
            }
        }

        public List<TeammeterUser> List { get; } = [];

        public int IndexOf(string externalId) => _byId.GetValueOrDefault(externalId, -1);

        public void Add(TeammeterUser user)
        {
            List.Add(user);
            if (user.ExternalId is { } id)
            {
                _byId.TryAdd(id, List.Count - 1);
            }
        }

        public void Set(int index, TeammeterUser user)
        {
            var before = List[index].ExternalId;
            List[index] = user;
            if (before == user.ExternalId)
            {
                return;
            }

            // A re-key: the old id no longer finds this user (a later duplicate of it, if any, takes over), the new one does.
            if (before is not null && _byId.GetValueOrDefault(before, -1) == index)
            {
                _byId.Remove(before);
                var next = List.FindIndex(u => u.ExternalId == before);
                if (next >= 0)
                {
                    _byId[before] = next;
                }
            }

            if (user.ExternalId is { } id && (!_byId.TryGetValue(id, out var existing) || existing > index))
            {
                _byId[id] = index;
            }
        }
    }
}
