using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Teammeter.Hris.Sample;

/// <summary>
/// The review loop's store in the sample's SQLite file (the same file as <see cref="SqliteTeammeterSink"/>): plans
/// with their held operations and decisions, rejections, the run history, the admin's notification marks and a
/// pending invitation release, and the tenants' run leases. Every method is one statement or one transaction, so another process on the same
/// file (a second <c>serve</c> node, an <c>approve</c> from a shell) sees a consistent state.
/// </summary>
public sealed class SqliteSyncStore : ISyncStore
{
    private readonly SqliteDatabase database;
    private readonly TimeProvider timeProvider;

    /// <summary>Creates a store over a database file, created on first use.</summary>
    /// <param name="databasePath">The SQLite file.</param>
    /// <param name="timeProvider">Stamps notification marks; the system clock when <see langword="null"/>.</param>
    public SqliteSyncStore(string databasePath, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        database = new SqliteDatabase(databasePath, foreignKeys: false, CreateSchemaAsync);
        this.timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public async Task SavePlanAsync(StoredPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, SqliteSyncSchema.SavePlan, plan.TenantId);
        command.Parameters.AddWithValue("$plan", plan.PlanId);
        command.Parameters.AddWithValue("$created", Text(plan.CreatedAt));
        command.Parameters.AddWithValue("$fingerprint", plan.Fingerprint);
        command.Parameters.AddWithValue("$content", plan.Content);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<StoredPlan?> GetPlanAsync(string tenantId, string? planId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, planId is null ? SqliteSyncSchema.GetLatestPlan : SqliteSyncSchema.GetPlan, tenantId);
        if (planId is not null)
        {
            command.Parameters.AddWithValue("$plan", planId);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredPlan(tenantId, reader.GetString(0), Time(reader.GetString(1)), reader.GetString(2), reader.GetString(3))
            : null;
    }

    /// <inheritdoc />
    public async Task AddRejectionsAsync(string tenantId, IReadOnlyList<RejectedOperation> rejections, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(rejections);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var rejection in rejections)
        {
            await using var command = Command(connection, SqliteSyncSchema.AddRejection, tenantId, transaction);
            command.Parameters.AddWithValue("$key", rejection.Key);
            command.Parameters.AddWithValue("$fingerprint", rejection.HrFingerprint);
            command.Parameters.AddWithValue("$at", Text(rejection.RejectedAt));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RejectedOperation>> GetRejectionsAsync(string tenantId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "SELECT operation_key, hr_fingerprint, rejected_at FROM rejections WHERE tenant = $tenant ORDER BY operation_key", tenantId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rejections = new List<RejectedOperation>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rejections.Add(new RejectedOperation(reader.GetString(0), reader.GetString(1), Time(reader.GetString(2))));
        }

        return rejections;
    }

    /// <inheritdoc />
    public async Task AddRunAsync(SyncRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, SqliteSyncSchema.AddRun, run.TenantId);
        command.Parameters.AddWithValue("$run", run.RunId);
        command.Parameters.AddWithValue("$kind", run.Kind.ToString());
        command.Parameters.AddWithValue("$trigger", run.Trigger.ToString());
        command.Parameters.AddWithValue("$started", Text(run.StartedAt));
        command.Parameters.AddWithValue("$finished", Text(run.FinishedAt));
        command.Parameters.AddWithValue("$outcome", run.Outcome.ToString());
        command.Parameters.AddWithValue("$plan", (object?)run.PlanId ?? DBNull.Value);
        command.Parameters.AddWithValue("$planned", run.PlannedOperations);
        command.Parameters.AddWithValue("$applied", run.AppliedOperations);
        command.Parameters.AddWithValue("$sent", run.InvitationsSent);
        command.Parameters.AddWithValue("$held", run.HeldOperations);
        command.Parameters.AddWithValue("$warnings", run.Warnings);
        command.Parameters.AddWithValue("$error", (object?)run.Error ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SyncRun>> GetRunsAsync(string tenantId, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, SqliteSyncSchema.GetRuns, tenantId);
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var runs = new List<SyncRun>();
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(new SyncRun
            {
                TenantId = tenantId,
                RunId = reader.GetString(0),
                Kind = Enum.Parse<SyncRunKind>(reader.GetString(1)),
                Trigger = Enum.Parse<SyncTrigger>(reader.GetString(2)),
                StartedAt = Time(reader.GetString(3)),
                FinishedAt = Time(reader.GetString(4)),
                Outcome = Enum.Parse<SyncOutcome>(reader.GetString(5)),
                PlanId = reader.IsDBNull(6) ? null : reader.GetString(6),
                PlannedOperations = reader.GetInt32(7),
                AppliedOperations = reader.GetInt32(8),
                InvitationsSent = reader.GetInt32(9),
                HeldOperations = reader.GetInt32(10),
                Warnings = reader.GetInt32(11),
                Error = reader.IsDBNull(12) ? null : reader.GetString(12),
            });
        }

        return runs;
    }

    /// <inheritdoc />
    public async Task<bool> TryMarkNotifiedAsync(string tenantId, AdminNotificationCause cause, string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, SqliteSyncSchema.MarkNotified, tenantId);
        command.Parameters.AddWithValue("$cause", cause.ToString());
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$at", Text(timeProvider.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task SetReleasePendingAsync(string tenantId, bool pending, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(
            connection,
            pending ? "INSERT INTO release_pending (tenant) VALUES ($tenant) ON CONFLICT (tenant) DO NOTHING" : "DELETE FROM release_pending WHERE tenant = $tenant",
            tenantId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> IsReleasePendingAsync(string tenantId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "SELECT EXISTS (SELECT 1 FROM release_pending WHERE tenant = $tenant)", tenantId);
        return Convert.ToBoolean(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public async Task<bool> TryAcquireLeaseAsync(string tenantId, string owner, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, SqliteSyncSchema.AcquireLease, tenantId);
        command.Parameters.AddWithValue("$owner", owner);
        command.Parameters.AddWithValue("$now", Text(now));
        command.Parameters.AddWithValue("$expires", Text(expiresAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<bool> RenewLeaseAsync(string tenantId, string owner, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, SqliteSyncSchema.RenewLease, tenantId);
        command.Parameters.AddWithValue("$owner", owner);
        command.Parameters.AddWithValue("$expires", Text(expiresAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task ReleaseLeaseAsync(string tenantId, string owner, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, SqliteSyncSchema.ReleaseLease, tenantId);
        command.Parameters.AddWithValue("$owner", owner);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenAsync(cancellationToken);

    private static async Task CreateSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = SqliteSyncSchema.Create;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, string tenantId, SqliteTransaction? transaction = null) =>
        SqliteDatabase.Command(connection, sql, tenantId, transaction);

    private static string Text(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Time(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
