using Microsoft.Data.Sqlite;

namespace Teammeter.Hris.Sample;

/// <summary>
/// A Teammeter store in a SQLite file: tenants, users, teams, roles, role assignments, reporting lines and
/// invitations. Each <see cref="ApplyAsync"/> call is one transaction; every operation is an idempotent upsert.
/// </summary>
/// <remarks>
/// Ownership: the store records which reporting lines, team memberships, roles and deactivations the sync made, and
/// the <c>*Coach*</c> methods write the way a coach edits in Teammeter (never marked as the sync's), so a coach's
/// work survives the next sync.
/// </remarks>
public sealed class SqliteTeammeterSink : ITeammeterSink
{
    private readonly SqliteDatabase database;
    private readonly TimeProvider timeProvider;

    /// <summary>Creates a sink over a database file, created on first use.</summary>
    /// <param name="databasePath">The SQLite file.</param>
    /// <param name="timeProvider">Stamps invitations; the system clock when <see langword="null"/>.</param>
    public SqliteTeammeterSink(string databasePath, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        DatabasePath = databasePath;
        database = new SqliteDatabase(databasePath, foreignKeys: true, CreateSchemaAsync);
        this.timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The SQLite file.</summary>
    public string DatabasePath { get; }

    /// <inheritdoc />
    public async Task<TeammeterState> LoadAsync(string tenantId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);

        // One read transaction: users, teams, roles and the flag come from the same committed state.
        var released = await ScalarAsync(connection, transaction, "SELECT invitations_released FROM tenants WHERE id = $tenant", tenantId, cancellationToken);
        if (released is null)
        {
            return TeammeterState.Empty(tenantId);
        }

        var users = new List<TeammeterUser>();
        await using (var command = CreateCommand(connection, transaction, SqliteQueries.LoadUsers, tenantId))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                users.Add(new TeammeterUser
                {
                    EmployeeId = reader.IsDBNull(0) ? null : reader.GetString(0),
                    Email = reader.IsDBNull(1) ? null : reader.GetString(1),
                    FirstName = reader.IsDBNull(2) ? null : reader.GetString(2),
                    LastName = reader.IsDBNull(3) ? null : reader.GetString(3),
                    IsActive = reader.GetBoolean(4),
                    TeamId = reader.IsDBNull(5) ? null : reader.GetString(5),
                    SyncedRole = reader.IsDBNull(6) ? null : reader.GetString(6),
                    ManagerId = reader.IsDBNull(7) ? null : reader.GetString(7),
                    IsInvited = reader.GetBoolean(8),
                    DeactivatedBySync = reader.GetBoolean(9),
                    ManagerSetBySync = reader.GetBoolean(10),
                });
            }
        }

        var teams = new List<TeammeterTeam>();
        await using (var command = CreateCommand(connection, transaction, "SELECT external_id, name FROM teams WHERE tenant = $tenant ORDER BY external_id", tenantId))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                teams.Add(new TeammeterTeam(reader.GetString(0), reader.GetString(1)));
            }
        }

        var roles = await ReadStringsAsync(connection, transaction, "SELECT name FROM roles WHERE tenant = $tenant ORDER BY name", tenantId, null, cancellationToken);
        return new TeammeterState(tenantId, users, teams, roles, (long)released != 0);
    }

    /// <inheritdoc />
    public async Task ApplyAsync(string tenantId, IReadOnlyList<SyncOperation> operations, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(operations);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, SqliteSchema.EnsureTenant, tenantId, cancellationToken);
        using (var applier = new SqliteOperationApplier(connection, transaction, tenantId, timeProvider.GetUtcNow()))
        {
            foreach (var operation in operations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                applier.Apply(operation);
            }
        }

        // Disposing the transaction without this commit rolls everything back: a failed batch leaves no trace.
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task MarkInvitationsReleasedAsync(string tenantId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(
            connection,
            null,
            "INSERT INTO tenants (id, invitations_released) VALUES ($tenant, 1) ON CONFLICT (id) DO UPDATE SET invitations_released = 1",
            tenantId,
            cancellationToken);
    }

    /// <summary>Adds a user the way a coach does by hand: not linked to HR (no external id).</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="email">The email the coach typed.</param>
    /// <param name="firstName">First name.</param>
    /// <param name="lastName">Last name.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the user is stored.</returns>
    public async Task AddCoachUserAsync(string tenantId, string email, string? firstName, string? lastName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, SqliteSchema.EnsureTenant, tenantId, cancellationToken);
        await using var command = CreateCommand(
            connection,
            transaction,
            "INSERT INTO users (tenant, external_id, email, first_name, last_name, active) VALUES ($tenant, NULL, $email, $first, $last, 1)",
            tenantId);
        command.Parameters.AddWithValue("$email", email);
        command.Parameters.AddWithValue("$first", (object?)firstName ?? DBNull.Value);
        command.Parameters.AddWithValue("$last", (object?)lastName ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Sets the email of a synced user the way a coach does by hand (for someone HR has no email for).</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="employeeId">The user's HR id.</param>
    /// <param name="email">The email the coach typed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the email is stored.</returns>
    /// <exception cref="UnknownRecordException">No user has that HR id.</exception>
    public async Task SetCoachEmailAsync(string tenantId, string employeeId, string email, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        await CoachEditAsync(tenantId, employeeId, "UPDATE users SET email = $value WHERE id = $user", ("$value", email.Trim()), null, cancellationToken);
    }

    /// <summary>
    /// Sets a reporting line by hand, the way a coach completes the structure: the line is not the sync's, so the sync
    /// never clears it; only a manager HR names later replaces it.
    /// </summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="employeeId">The user's HR id.</param>
    /// <param name="managerId">The manager's HR id; must be a user of the tenant.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the line is stored.</returns>
    /// <exception cref="UnknownRecordException">No user has the employee's or the manager's HR id.</exception>
    public async Task SetCoachManagerAsync(string tenantId, string employeeId, string managerId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(managerId);
        await CoachEditAsync(
            tenantId,
            employeeId,
            """
            INSERT INTO reporting_lines (user_id, manager_external_id, synced) VALUES ($user, $value, 0)
            ON CONFLICT (user_id) DO UPDATE SET manager_external_id = excluded.manager_external_id, synced = 0
            """,
            ("$value", managerId),
            ("SELECT 1 FROM users WHERE tenant = $tenant AND external_id = $value", nameof(managerId), $"No user with employee id '{managerId}' in tenant '{tenantId}' to be the manager."),
            cancellationToken);
    }

    /// <summary>Removes a user's reporting line by hand, whoever set it.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="employeeId">The user's HR id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the line is gone.</returns>
    /// <exception cref="UnknownRecordException">No user has that HR id.</exception>
    public Task ClearCoachManagerAsync(string tenantId, string employeeId, CancellationToken cancellationToken) =>
        CoachEditAsync(tenantId, employeeId, "DELETE FROM reporting_lines WHERE user_id = $user", null, null, cancellationToken);

    /// <summary>Adds a team membership by hand; the sync never removes or replaces it.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="employeeId">The user's HR id.</param>
    /// <param name="teamId">The team's HR id; must be a team of the tenant.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the membership is stored.</returns>
    /// <exception cref="UnknownRecordException">No user has that HR id, or no team has that id.</exception>
    public async Task AddCoachTeamAsync(string tenantId, string employeeId, string teamId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teamId);
        await CoachEditAsync(
            tenantId,
            employeeId,
            "INSERT INTO team_members (user_id, team_external_id, synced) VALUES ($user, $value, 0) ON CONFLICT DO NOTHING",
            ("$value", teamId),
            ("SELECT 1 FROM teams WHERE tenant = $tenant AND external_id = $value", nameof(teamId), $"No team with id '{teamId}' in tenant '{tenantId}'."),
            cancellationToken);
    }

    /// <summary>
    /// Deactivates a user by hand. The deactivation is the coach's, not the sync's: the sync does not reactivate the
    /// user while HR says active.
    /// </summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="employeeId">The user's HR id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the user is deactivated.</returns>
    /// <exception cref="UnknownRecordException">No user has that HR id.</exception>
    public Task DeactivateByCoachAsync(string tenantId, string employeeId, CancellationToken cancellationToken) =>
        CoachEditAsync(tenantId, employeeId, "UPDATE users SET active = 0, deactivated_by_sync = 0 WHERE id = $user", null, null, cancellationToken);

    /// <summary>Assigns a role by hand, the way a coach does; the sync never removes it.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="employeeId">The user's HR id.</param>
    /// <param name="role">The role name; created when new.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the role is assigned.</returns>
    /// <exception cref="UnknownRecordException">No user has that HR id.</exception>
    public async Task AddCoachRoleAsync(string tenantId, string employeeId, string role, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(role);
        await CoachEditAsync(
            tenantId,
            employeeId,
            """
            INSERT INTO roles (tenant, name) VALUES ($tenant, $value) ON CONFLICT (tenant, name) DO NOTHING;
            INSERT INTO user_roles (user_id, role_id, synced)
            SELECT $user, r.id, 0 FROM roles r WHERE r.tenant = $tenant AND r.name = $value
            ON CONFLICT DO NOTHING;
            """,
            ("$value", role),
            null,
            cancellationToken);
    }

    /// <summary>The roles a coach assigned by hand to a user.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="employeeId">The user's HR id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The role names, sorted.</returns>
    public async Task<IReadOnlyList<string>> GetCoachRolesAsync(string tenantId, string employeeId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(employeeId);
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadStringsAsync(connection, null, SqliteQueries.CoachRoles, tenantId, employeeId, cancellationToken);
    }

    /// <summary>The teams a coach added a user to by hand (the sync's membership is <see cref="TeammeterUser.TeamId"/>).</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="employeeId">The user's HR id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The team ids, sorted.</returns>
    public async Task<IReadOnlyList<string>> GetCoachTeamsAsync(string tenantId, string employeeId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(employeeId);
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadStringsAsync(connection, null, SqliteQueries.CoachTeams, tenantId, employeeId, cancellationToken);
    }

    // One coach edit in one transaction: the user (and any other record the edit names) must exist, or nothing is written.
    private async Task CoachEditAsync(
        string tenantId,
        string employeeId,
        string sql,
        (string Name, string Value)? value,
        (string Sql, string ParameterName, string Message)? requires,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(employeeId);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        object userId;
        await using (var exists = CreateCommand(connection, transaction, "SELECT id FROM users WHERE tenant = $tenant AND external_id = $employee", tenantId))
        {
            exists.Parameters.AddWithValue("$employee", employeeId);
            userId = await exists.ExecuteScalarAsync(cancellationToken)
                ?? throw new UnknownRecordException(nameof(employeeId), $"No user with employee id '{employeeId}' in tenant '{tenantId}'.");
        }

        if (requires is { } required)
        {
            await using var check = CreateCommand(connection, transaction, required.Sql, tenantId);
            check.Parameters.AddWithValue("$value", value?.Value ?? string.Empty);
            if (await check.ExecuteScalarAsync(cancellationToken) is null)
            {
                throw new UnknownRecordException(required.ParameterName, required.Message);
            }
        }

        await using var command = CreateCommand(connection, transaction, sql, tenantId);
        command.Parameters.AddWithValue("$user", userId);
        if (value is { } parameter)
        {
            command.Parameters.AddWithValue(parameter.Name, parameter.Value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenAsync(cancellationToken);

    private static async Task CreateSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // A database from an older sample first gains the ownership columns, then the script adds what is new.
        await SqliteMigration.UpgradeAsync(connection, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SqliteSchema.Create;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static SqliteCommand CreateCommand(SqliteConnection connection, SqliteTransaction? transaction, string sql, string tenantId) =>
        SqliteDatabase.Command(connection, sql, tenantId, transaction);

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, string tenantId, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection, transaction, sql, tenantId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, string tenantId, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection, transaction, sql, tenantId);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<string>> ReadStringsAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        string tenantId,
        string? employeeId,
        CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection, transaction, sql, tenantId);
        if (employeeId is not null)
        {
            command.Parameters.AddWithValue("$employee", employeeId);
        }

        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
