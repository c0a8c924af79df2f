namespace Teammeter.Hris.Tests.Helpers;

/// <summary>Applies one operation to a <see cref="TenantStore"/> as an idempotent upsert, as a real sink must.</summary>
internal static class StateApplier
{
    public static void Apply(TenantStore store, SyncOperation operation)
    {
        switch (operation)
        {
            case CreateTeam o: store.Teams[o.TeamId] = store.Teams.GetValueOrDefault(o.TeamId) ?? o.Name; break;
            case RenameTeam o: store.Teams[o.TeamId] = o.NewName; break;
            case CreateRole o:
                if (!store.Roles.Contains(o.Role, StringComparer.OrdinalIgnoreCase))
                {
                    store.Roles.Add(o.Role);
                }

                break;
            case CreateUser o:
                if (store.Find(o.EmployeeId) is null)
                {
                    store.Users.Add(new TeammeterUser { ExternalId = o.EmployeeId, FirstName = o.FirstName, LastName = o.LastName, Email = o.Email });
                }

                break;
            case UpdateUser o: ApplyUpdate(store, o); break;
            case AssignTeam o: Replace(store, o.EmployeeId, u => u with { TeamId = o.TeamId }); break;
            case AssignRole o: Replace(store, o.EmployeeId, u => u with { SyncedRole = o.Role }); break;
            case SetManager o: Replace(store, o.EmployeeId, u => u with { ManagerId = o.ManagerId, ManagerSetBySync = true }); break;
            case ClearManager o: Replace(store, o.EmployeeId, u => u with { ManagerId = null, ManagerSetBySync = false }); break;
            case DeactivateUser o: Replace(store, o.EmployeeId, u => u with { IsActive = false, DeactivatedBySync = true }); break;
            case ReactivateUser o: Replace(store, o.EmployeeId, u => u with { IsActive = true, DeactivatedBySync = false }); break;
            case SendInvitation o: Replace(store, o.EmployeeId, u => u with { IsInvited = true }); break;
            default: throw new ArgumentOutOfRangeException(nameof(operation), operation.Kind, "Unknown operation.");
        }
    }

    private static void ApplyUpdate(TenantStore store, UpdateUser update)
    {
        var rekey = update.Changes.FirstOrDefault(c => c.Field == UserField.ExternalId);
        var index = store.Users.FindIndex(u => u.ExternalId == update.EmployeeId);
        if (index < 0 && rekey is not null)
        {
            index = rekey.Before is null
                ? store.Users.FindIndex(u => u.ExternalId is null && string.Equals(u.Email?.Trim(), update.MatchEmail, StringComparison.OrdinalIgnoreCase))
                : store.Users.FindIndex(u => u.ExternalId == rekey.Before);
        }

        if (index < 0)
        {
            return;
        }

        var user = store.Users[index] with { ExternalId = update.EmployeeId };
        foreach (var change in update.Changes)
        {
            user = change.Field switch
            {
                UserField.FirstName => user with { FirstName = change.After },
                UserField.LastName => user with { LastName = change.After },
                UserField.Email => user with { Email = change.After },
                _ => user,
            };
        }

        store.Users[index] = user;
    }

    private static void Replace(TenantStore store, string externalId, Func<TeammeterUser, TeammeterUser> change)
    {
        var index = store.Users.FindIndex(u => u.ExternalId == externalId);
        if (index >= 0)
        {
            store.Users[index] = change(store.Users[index]);
        }
    }
}
