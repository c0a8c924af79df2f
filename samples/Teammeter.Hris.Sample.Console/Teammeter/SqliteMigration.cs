using Microsoft.Data.Sqlite;

namespace Teammeter.Hris.Sample;

/// <summary>
/// Brings a sample database made before the ownership flags up to <see cref="SqliteSchema"/>; runs before its
/// <c>CREATE ... IF NOT EXISTS</c> script, in one transaction, and does nothing on a new or current database.
/// </summary>
internal static class SqliteMigration
{
    // Before the coach commands existed, the sync was the only writer of reporting lines, memberships and
    // deactivations, so the old rows migrate as the sync's: that is what they were.
    private const string AddDeactivatedBySync = """
        ALTER TABLE users ADD COLUMN deactivated_by_sync INTEGER NOT NULL DEFAULT 0;
        UPDATE users SET deactivated_by_sync = 1 WHERE active = 0 AND external_id IS NOT NULL;
        """;

    private const string AddLineSynced = "ALTER TABLE reporting_lines ADD COLUMN synced INTEGER NOT NULL DEFAULT 1;";

    // The old table allowed one membership per user (user_id was the key); SQLite cannot change a primary key in
    // place, so the table is rebuilt.
    private const string RebuildTeamMembers = """
        ALTER TABLE team_members RENAME TO team_members_before_ownership;
        CREATE TABLE team_members (
            user_id INTEGER NOT NULL REFERENCES users(id),
            team_external_id TEXT NOT NULL,
            synced INTEGER NOT NULL,
            PRIMARY KEY (user_id, team_external_id, synced)
        );
        INSERT INTO team_members (user_id, team_external_id, synced) SELECT user_id, team_external_id, 1 FROM team_members_before_ownership;
        DROP TABLE team_members_before_ownership;
        """;

    public static async Task UpgradeAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await UpgradeTableAsync(connection, transaction, "users", "deactivated_by_sync", AddDeactivatedBySync, cancellationToken);
        await UpgradeTableAsync(connection, transaction, "reporting_lines", "synced", AddLineSynced, cancellationToken);
        await UpgradeTableAsync(connection, transaction, "team_members", "synced", RebuildTeamMembers, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task UpgradeTableAsync(SqliteConnection connection, SqliteTransaction transaction, string table, string column, string sql, CancellationToken cancellationToken)
    {
        await using var probe = connection.CreateCommand();
        probe.Transaction = transaction;
        probe.CommandText = """
            SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = $table),
                   EXISTS (SELECT 1 FROM pragma_table_info($table) WHERE name = $column)
            """;
        probe.Parameters.AddWithValue("$table", table);
        probe.Parameters.AddWithValue("$column", column);
        bool tableExists, columnExists;
        await using (var reader = await probe.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            tableExists = reader.GetBoolean(0);
            columnExists = reader.GetBoolean(1);
        }

        if (tableExists && !columnExists)
        {
            await using var upgrade = connection.CreateCommand();
            upgrade.Transaction = transaction;
            upgrade.CommandText = sql;
            await upgrade.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
