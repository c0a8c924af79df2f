namespace Teammeter.Hris.Sample;

/// <summary>The sample Teammeter database: what a coaching product keeps about a tenant's people.</summary>
internal static class SqliteSchema
{
    // Users are found by (tenant, external_id) — the HR id — once linked; unlinked users (created by a coach) have a
    // NULL external id, which SQLite's UNIQUE allows any number of times. Role names are unique case-insensitively.
    // user_roles and team_members keep a synced and a coach-added row apart, so the sync never removes a role or a
    // membership a coach assigned; reporting_lines.synced and users.deactivated_by_sync say which line and which
    // deactivation the sync made (ownership: HR owns what it states, Teammeter keeps what a coach completes).
    public const string Create = """
        CREATE TABLE IF NOT EXISTS tenants (
            id TEXT PRIMARY KEY,
            invitations_released INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS users (
            id INTEGER PRIMARY KEY,
            tenant TEXT NOT NULL REFERENCES tenants(id),
            external_id TEXT,
            email TEXT,
            first_name TEXT,
            last_name TEXT,
            active INTEGER NOT NULL DEFAULT 1,
            deactivated_by_sync INTEGER NOT NULL DEFAULT 0,
            UNIQUE (tenant, external_id)
        );
        CREATE INDEX IF NOT EXISTS users_by_email ON users (tenant, email COLLATE NOCASE);
        CREATE TABLE IF NOT EXISTS teams (
            tenant TEXT NOT NULL REFERENCES tenants(id),
            external_id TEXT NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (tenant, external_id)
        );
        CREATE TABLE IF NOT EXISTS team_members (
            user_id INTEGER NOT NULL REFERENCES users(id),
            team_external_id TEXT NOT NULL,
            synced INTEGER NOT NULL,
            PRIMARY KEY (user_id, team_external_id, synced)
        );
        CREATE UNIQUE INDEX IF NOT EXISTS team_members_one_synced ON team_members (user_id) WHERE synced = 1;
        CREATE TABLE IF NOT EXISTS roles (
            id INTEGER PRIMARY KEY,
            tenant TEXT NOT NULL REFERENCES tenants(id),
            name TEXT NOT NULL COLLATE NOCASE,
            UNIQUE (tenant, name)
        );
        CREATE TABLE IF NOT EXISTS user_roles (
            user_id INTEGER NOT NULL REFERENCES users(id),
            role_id INTEGER NOT NULL REFERENCES roles(id),
            synced INTEGER NOT NULL,
            PRIMARY KEY (user_id, role_id, synced)
        );
        CREATE TABLE IF NOT EXISTS reporting_lines (
            user_id INTEGER PRIMARY KEY REFERENCES users(id),
            manager_external_id TEXT NOT NULL,
            synced INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS invitations (
            id INTEGER PRIMARY KEY,
            tenant TEXT NOT NULL REFERENCES tenants(id),
            user_id INTEGER NOT NULL REFERENCES users(id),
            external_id TEXT NOT NULL,
            email TEXT NOT NULL,
            idempotency_key TEXT NOT NULL UNIQUE,
            sent_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS invitations_by_user ON invitations (user_id);
        """;

    public const string EnsureTenant = "INSERT INTO tenants (id) VALUES ($tenant) ON CONFLICT (id) DO NOTHING";
}
