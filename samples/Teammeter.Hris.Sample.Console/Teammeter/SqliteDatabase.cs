using Microsoft.Data.Sqlite;

namespace Teammeter.Hris.Sample;

/// <summary>
/// One SQLite file as the sink and the review store both use it: pooled connections, WAL (readers such as a review
/// or the history never wait for a run's writes) and the schema created once per process, on first use.
/// </summary>
internal sealed class SqliteDatabase
{
    private readonly string connectionString;
    private readonly Func<SqliteConnection, CancellationToken, Task> createSchema;
    private readonly SemaphoreSlim schemaGate = new(1, 1);
    private bool schemaReady;

    /// <param name="path">The SQLite file.</param>
    /// <param name="foreignKeys">Whether the connection enforces foreign keys.</param>
    /// <param name="createSchema">Creates or upgrades the tables; idempotent, run once per process.</param>
    public SqliteDatabase(string path, bool foreignKeys, Func<SqliteConnection, CancellationToken, Task> createSchema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        connectionString = new SqliteConnectionStringBuilder { DataSource = path, ForeignKeys = foreignKeys, Pooling = true }.ToString();
        this.createSchema = createSchema;
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (!Volatile.Read(ref schemaReady))
            {
                await EnsureSchemaAsync(connection, cancellationToken);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A command bound to the tenant (<c>$tenant</c>), in the transaction when there is one.</summary>
    public static SqliteCommand Command(SqliteConnection connection, string sql, string tenantId, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$tenant", tenantId);
        return command;
    }

    private async Task EnsureSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await schemaGate.WaitAsync(cancellationToken);
        try
        {
            if (!schemaReady)
            {
                await using (var wal = connection.CreateCommand())
                {
                    wal.CommandText = "PRAGMA journal_mode = WAL;";
                    await wal.ExecuteNonQueryAsync(cancellationToken);
                }

                await createSchema(connection, cancellationToken);
                Volatile.Write(ref schemaReady, true);
            }
        }
        finally
        {
            schemaGate.Release();
        }
    }
}
