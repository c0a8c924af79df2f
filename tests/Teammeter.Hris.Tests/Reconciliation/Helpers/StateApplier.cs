namespace Teammeter.Hris.Tests.Reconciliation.Helpers;

/// <summary>
/// Applies a plan to a state the way an idempotent sink would (upserts keyed by HR id), so tests can check
/// that planning again after applying gives an empty plan.
/// </summary>
internal static class StateApplier
{
    public static TeammeterState Apply(TeammeterState state, ChangeSet plan, bool includeHeld = false)
    {
        var users = state.Users.ToList();
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
                case ReactivateUser o: Change(users, o.EmployeeId, u => u with { IsActive = true }); break;
                case DeactivateUser o: Change(users, o.EmployeeId, u => u with { IsActive = false }); break;
                case AssignTeam o: Change(users, o.EmployeeId, u => u with { TeamId = o.TeamId }); break;
                case AssignRole o: Change(users, o.EmployeeId, u => u with { SyncedRole = o.Role }); break;
                case SetManager o: Change(users, o.EmployeeId, u => u with { ManagerId = o.ManagerId }); break;
                case ClearManager o: Change(users, o.EmployeeId, u => u with { ManagerId = null }); break;
                case SendInvitation o: Change(users, o.EmployeeId, u => u with { IsInvited = true }); break;
                default: throw new InvalidOperationException($"Unknown operation {operation.Kind}.");
            }
        }

        return new TeammeterState(
            state.TenantId,
            users,
            teams.Select(t => new TeammeterTeam(t.Key, t.Value)).ToList(),
            roles,
            state.InvitationsReleased);
    }

    private static void ApplyUpdate(List<TeammeterUser> users, UpdateUser update)
    {
        var rekey = update.Changes.FirstOrDefault(c => c.Field == UserField.ExternalId);
        var index = rekey is null
            ? IndexOf(users, update.EmployeeId)
            : rekey.Before is null
                ? users.FindIndex(u => u.ExternalId is null && string.Equals(u.Email?.Trim(), update.MatchEmail, StringComparison.OrdinalIgnoreCase))
                : IndexOf(users, rekey.Before);
        index.Should().BeGreaterThanOrEqualTo(0, "an UpdateUser must find its user");

        var user = users[index];
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

        users[index] = user;
    }

    private static void Change(List<TeammeterUser> users, string employeeId, Func<TeammeterUser, TeammeterUser> change)
    {
        var index = IndexOf(users, employeeId);
        index.Should().BeGreaterThanOrEqualTo(0, $"an operation on {employeeId} must find its user");
        users[index] = change(users[index]);
    }

    private static int IndexOf(List<TeammeterUser> users, string employeeId) =>
        users.FindIndex(u => string.Equals(u.ExternalId, employeeId, StringComparison.Ordinal));
}
