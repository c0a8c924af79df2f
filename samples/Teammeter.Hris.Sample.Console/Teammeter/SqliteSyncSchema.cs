namespace Teammeter.Hris.Sample;

/// <summary>The review loop's tables (<see cref="SqliteSyncStore"/>), in the same file as the Teammeter data.</summary>
internal static class SqliteSyncSchema
{
    // A plan is found by (tenant, plan_id), the latest by created_at; content is the package's JSON, stored as it is.
    // runs.seq keeps the order runs were recorded in (newest first = highest seq). notifications holds one row per
    // tenant and cause: the last key the admin was told about. A row in release_pending means a release is unfinished.
    // tenant_leases holds one row per tenant being run: who runs it and until when (ISyncStore's lease).
    // Timestamps are UTC in the round-trip format, so text order is time order.
    public const string Create = """
        CREATE TABLE IF NOT EXISTS plans (
            tenant TEXT NOT NULL,
            plan_id TEXT NOT NULL,
            created_at TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            content TEXT NOT NULL,
            PRIMARY KEY (tenant, plan_id)
        );
        CREATE INDEX IF NOT EXISTS plans_latest ON plans (tenant, created_at);
        CREATE TABLE IF NOT EXISTS rejections (
            tenant TEXT NOT NULL,
            operation_key TEXT NOT NULL,
            hr_fingerprint TEXT NOT NULL,
            rejected_at TEXT NOT NULL,
            PRIMARY KEY (tenant, operation_key)
        );
        CREATE TABLE IF NOT EXISTS runs (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            tenant TEXT NOT NULL,
            run_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            triggered_by TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            outcome TEXT NOT NULL,
            plan_id TEXT,
            planned INTEGER NOT NULL,
            applied INTEGER NOT NULL,
            invitations_sent INTEGER NOT NULL,
            held INTEGER NOT NULL,
            warnings INTEGER NOT NULL,
            error TEXT,
            UNIQUE (tenant, run_id)
        );
        CREATE INDEX IF NOT EXISTS runs_by_tenant ON runs (tenant, seq);
        CREATE TABLE IF NOT EXISTS notifications (
            tenant TEXT NOT NULL,
            cause TEXT NOT NULL,
            key TEXT NOT NULL,
            notified_at TEXT NOT NULL,
            PRIMARY KEY (tenant, cause)
        );
        CREATE TABLE IF NOT EXISTS release_pending (
            tenant TEXT PRIMARY KEY
        );
        CREATE TABLE IF NOT EXISTS tenant_leases (
            tenant TEXT PRIMARY KEY,
            owner TEXT NOT NULL,
            expires_at TEXT NOT NULL
        );
        """;

    // One statement, so atomic across processes on the file: a new row, an expired row or the owner's own row counts
    // one change (the lease is taken); another owner's valid row counts none. SQLite serialises the two writers.
    public const string AcquireLease = """
        INSERT INTO tenant_leases (tenant, owner, expires_at) VALUES ($tenant, $owner, $expires)
        ON CONFLICT (tenant) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
        WHERE tenant_leases.expires_at <= $now OR tenant_leases.owner = excluded.owner
        """;

    public const string RenewLease = "UPDATE tenant_leases SET expires_at = $expires WHERE tenant = $tenant AND owner = $owner";

    public const string ReleaseLease = "DELETE FROM tenant_leases WHERE tenant = $tenant AND owner = $owner";

    public const string SavePlan = """
        INSERT INTO plans (tenant, plan_id, created_at, fingerprint, content) VALUES ($tenant, $plan, $created, $fingerprint, $content)
        ON CONFLICT (tenant, plan_id) DO UPDATE SET fingerprint = excluded.fingerprint, content = excluded.content
        """;

    public const string GetPlan = "SELECT plan_id, created_at, fingerprint, content FROM plans WHERE tenant = $tenant AND plan_id = $plan";

    public const string GetLatestPlan = "SELECT plan_id, created_at, fingerprint, content FROM plans WHERE tenant = $tenant ORDER BY created_at DESC, rowid DESC LIMIT 1";

    public const string AddRejection = """
        INSERT INTO rejections (tenant, operation_key, hr_fingerprint, rejected_at) VALUES ($tenant, $key, $fingerprint, $at)
        ON CONFLICT (tenant, operation_key) DO UPDATE SET hr_fingerprint = excluded.hr_fingerprint, rejected_at = excluded.rejected_at
        """;

    public const string AddRun = """
        INSERT INTO runs (tenant, run_id, kind, triggered_by, started_at, finished_at, outcome, plan_id, planned, applied, invitations_sent, held, warnings, error)
        VALUES ($tenant, $run, $kind, $trigger, $started, $finished, $outcome, $plan, $planned, $applied, $sent, $held, $warnings, $error)
        ON CONFLICT (tenant, run_id) DO NOTHING
        """;

    public const string GetRuns = """
        SELECT run_id, kind, triggered_by, started_at, finished_at, outcome, plan_id, planned, applied, invitations_sent, held, warnings, error
        FROM runs WHERE tenant = $tenant ORDER BY seq DESC LIMIT $limit
        """;

    // One statement, so atomic: a new row, or a changed key, counts one change; the same key counts none. Two nodes
    // marking the same key at once: one inserts or updates, the other finds the key already there.
    public const string MarkNotified = """
        INSERT INTO notifications (tenant, cause, key, notified_at) VALUES ($tenant, $cause, $key, $at)
        ON CONFLICT (tenant, cause) DO UPDATE SET key = excluded.key, notified_at = excluded.notified_at
        WHERE notifications.key <> excluded.key
        """;
}
