using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Teammeter.Hris.Sample;

/// <summary>
/// Applies operations inside one transaction with prepared commands reused across the batch, each as an idempotent
/// upsert keyed by HR ids. An operation on a user that does not exist throws, so the whole batch rolls back.
/// </summary>
internal sealed class SqliteOperationApplier(SqliteConnection connection, SqliteTransaction transaction, string tenantId, DateTimeOffset now) : IDisposable
{
    private const string UserIdOf = "(SELECT id FROM users WHERE tenant = $tenant AND external_id = $employee)";

    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    public void Apply(SyncOperation operation)
    {
        switch (operation)
        {
            case CreateTeam team:
                Execute(UpsertTeamSql, ("$team", team.TeamId), ("$name", team.Name));
                break;
            case RenameTeam rename:
                Execute(UpsertTeamSql, ("$team", rename.TeamId), ("$name", rename.NewName));
                break;
            case CreateRole role:
                Execute(UpsertRoleSql, ("$role", role.Role));
                break;
            case CreateUser user:
                Execute(
                    """
                    INSERT INTO users (tenant, external_id, email, first_name, last_name, active)
                    VALUES ($tenant, $employee, $email, $first, $last, 1)
                    ON CONFLICT (tenant, external_id) DO UPDATE SET
                        first_name = excluded.first_name, last_name = excluded.last_name, email = COALESCE(excluded.email, users.email)
                    """,
                    ("$employee", user.EmployeeId), ("$email", user.Email), ("$first", user.FirstName), ("$last", user.LastName));
                break;
            case UpdateUser update:
                ApplyUpdate(update);
                break;
            case AssignTeam { TeamId: { } teamId } assign:
                // Replace only the sync's membership; a coach's rows (synced = 0) stay.
                Execute($"DELETE FROM team_members WHERE synced = 1 AND user_id = {UserIdOf}", ("$employee", assign.EmployeeId));
                RequireUser(assign.EmployeeId, Execute(
                    "INSERT INTO team_members (user_id, team_external_id, synced) SELECT id, $team, 1 FROM users WHERE tenant = $tenant AND external_id = $employee",
                    ("$employee", assign.EmployeeId), ("$team", teamId)));
                break;
            case AssignTeam assign:
                Execute($"DELETE FROM team_members WHERE synced = 1 AND user_id = {UserIdOf}", ("$employee", assign.EmployeeId));
                break;
            case AssignRole role:
                ApplyRole(role);
                break;
            case SetManager manager:
                RequireUser(manager.EmployeeId, Execute(
                    """
                    INSERT INTO reporting_lines (user_id, manager_external_id, synced) SELECT id, $manager, 1 FROM users WHERE tenant = $tenant AND external_id = $employee
                    ON CONFLICT (user_id) DO UPDATE SET manager_external_id = excluded.manager_external_id, synced = 1
                    """,
                    ("$employee", manager.EmployeeId), ("$manager", manager.ManagerId)));
                break;
            case ClearManager clear:
                // The plan decides whose line may be cleared (ownership is the reconciler's rule); the store obeys it.
                Execute($"DELETE FROM reporting_lines WHERE user_id = {UserIdOf}", ("$employee", clear.EmployeeId));
                break;
            case DeactivateUser deactivate:
                RequireUser(deactivate.EmployeeId, Execute(SetActiveSql, ("$employee", deactivate.EmployeeId), ("$active", 0)));
                break;
            case ReactivateUser reactivate:
                RequireUser(reactivate.EmployeeId, Execute(SetActiveSql, ("$employee", reactivate.EmployeeId), ("$active", 1)));
                break;
            case SendInvitation invitation:
                ApplyInvitation(invitation);
                break;
            default:
                throw new NotSupportedException($"Unknown operation kind {operation.Kind}.");
        }
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }
    }

    private const string UpsertTeamSql = """
        INSERT INTO teams (tenant, external_id, name) VALUES ($tenant, $team, $name)
        ON CONFLICT (tenant, external_id) DO UPDATE SET name = excluded.name
        """;

    private const string UpsertRoleSql = "INSERT INTO roles (tenant, name) VALUES ($tenant, $role) ON CONFLICT (tenant, name) DO NOTHING";

    // deactivated_by_sync follows the sync's own writes: set by its DeactivateUser, cleared by its ReactivateUser.
    private const string SetActiveSql = "UPDATE users SET active = $active, deactivated_by_sync = 1 - $active WHERE tenant = $tenant AND external_id = $employee";

    private void ApplyUpdate(UpdateUser update)
    {
        var rekey = update.Changes.FirstOrDefault(c => c.Field == UserField.EmployeeId);
        long? userId = null;
        if (rekey is { Before: { } previousId })
        {
            userId = Scalar<long?>("SELECT id FROM users WHERE tenant = $tenant AND external_id = $employee", ("$employee", previousId));
        }
        else if (rekey is not null)
        {
            // First-time link: the unlinked user a coach created with this email.
            var email = update.MatchEmail ?? update.Changes.FirstOrDefault(c => c.Field == UserField.Email)?.Before;
            userId = email is null ? null : Scalar<long?>(
                "SELECT id FROM users WHERE tenant = $tenant AND external_id IS NULL AND lower(trim(email)) = $email ORDER BY id LIMIT 1",
                ("$email", email.Trim().ToLowerInvariant()));
        }

        // Not found by the old key: already re-keyed or linked by an earlier run, or a plain field update.
        userId ??= Scalar<long?>("SELECT id FROM users WHERE tenant = $tenant AND external_id = $employee", ("$employee", update.EmployeeId));
        if (userId is null)
        {
            throw new InvalidOperationException($"Cannot update employee '{update.EmployeeId}': no such user in tenant '{tenantId}'.");
        }

        var first = update.Changes.FirstOrDefault(c => c.Field == UserField.FirstName);
        var last = update.Changes.FirstOrDefault(c => c.Field == UserField.LastName);
        var mail = update.Changes.FirstOrDefault(c => c.Field == UserField.Email);
        Execute(
            """
            UPDATE users SET
                external_id = CASE WHEN $setExternal THEN $employee ELSE external_id END,
                first_name = CASE WHEN $setFirst THEN $first ELSE first_name END,
                last_name = CASE WHEN $setLast THEN $last ELSE last_name END,
                email = CASE WHEN $setEmail THEN $email ELSE email END
            WHERE id = $user
            """,
            ("$user", userId),
            ("$employee", update.EmployeeId),
            ("$setExternal", rekey is not null),
            ("$setFirst", first is not null),
            ("$first", first?.After),
            ("$setLast", last is not null),
            ("$last", last?.After),
            ("$setEmail", mail is not null),
            ("$email", mail?.After));

        if (rekey is not null)
        {
            // Past invitations follow the user, so a re-keyed person is not invited again.
            Execute("UPDATE invitations SET external_id = $employee WHERE user_id = $user", ("$user", userId), ("$employee", update.EmployeeId));
        }
    }

    private void ApplyRole(AssignRole role)
    {
        // Replace only the synced assignment; coach-added rows (synced = 0) stay.
        Execute($"DELETE FROM user_roles WHERE synced = 1 AND user_id = {UserIdOf}", ("$employee", role.EmployeeId));
        if (role.Role is null)
        {
            return;
        }

        Execute(UpsertRoleSql, ("$role", role.Role));
        RequireUser(role.EmployeeId, Execute(
            """
            INSERT INTO user_roles (user_id, role_id, synced)
            SELECT u.id, r.id, 1 FROM users u, roles r
            WHERE u.tenant = $tenant AND u.external_id = $employee AND r.tenant = $tenant AND r.name = $role
            ON CONFLICT DO NOTHING
            """,
            ("$employee", role.EmployeeId), ("$role", role.Role)));
    }

    private void ApplyInvitation(SendInvitation invitation)
    {
        var inserted = Execute(
            """
            INSERT INTO invitations (tenant, user_id, external_id, email, idempotency_key, sent_at)
            SELECT $tenant, id, external_id, $email, $key, $sentAt FROM users WHERE tenant = $tenant AND external_id = $employee
            ON CONFLICT (idempotency_key) DO NOTHING
            """,
            ("$employee", invitation.EmployeeId),
            ("$email", invitation.Email),
            ("$key", invitation.IdempotencyKey),
            ("$sentAt", now.ToString("O", CultureInfo.InvariantCulture)));
        if (inserted == 0 && Scalar<long?>("SELECT id FROM invitations WHERE idempotency_key = $key", ("$key", invitation.IdempotencyKey)) is null)
        {
            RequireUser(invitation.EmployeeId, 0);
        }
    }

    private void RequireUser(string employeeId, int affectedRows)
    {
        if (affectedRows == 0)
        {
            throw new InvalidOperationException($"No user with employee id '{employeeId}' in tenant '{tenantId}'; apply its CreateUser first.");
        }
    }

    private int Execute(string sql, params (string Name, object? Value)[] parameters) => Prepare(sql, parameters).ExecuteNonQuery();

    private T Scalar<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        var value = Prepare(sql, parameters).ExecuteScalar();
        return value is null or DBNull ? default! : (T)value;
    }

    private SqliteCommand Prepare(string sql, (string Name, object? Value)[] parameters)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.Parameters.AddWithValue("$tenant", tenantId);
            foreach (var (name, _) in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            command.Prepare();
            commands.Add(sql, command);
        }

        foreach (var (name, value) in parameters)
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }

        return command;
    }
}
