namespace Teammeter.Hris.Sample;

/// <summary>The sink's read queries.</summary>
internal static class SqliteQueries
{
    public const string LoadUsers = """
        SELECT u.external_id, u.email, u.first_name, u.last_name, u.active, tm.team_external_id,
            (SELECT r.name FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE ur.user_id = u.id AND ur.synced = 1 ORDER BY r.name LIMIT 1),
            rl.manager_external_id,
            EXISTS (SELECT 1 FROM invitations i WHERE i.user_id = u.id),
            u.deactivated_by_sync,
            COALESCE(rl.synced, 0)
        FROM users u
        LEFT JOIN team_members tm ON tm.user_id = u.id AND tm.synced = 1
        LEFT JOIN reporting_lines rl ON rl.user_id = u.id
        WHERE u.tenant = $tenant
        ORDER BY u.id
        """;

    public const string CoachRoles = """
        SELECT r.name FROM user_roles ur
        JOIN roles r ON r.id = ur.role_id
        JOIN users u ON u.id = ur.user_id
        WHERE u.tenant = $tenant AND u.external_id = $employee AND ur.synced = 0
        ORDER BY r.name
        """;

    public const string CoachTeams = """
        SELECT tm.team_external_id FROM team_members tm
        JOIN users u ON u.id = tm.user_id
        WHERE u.tenant = $tenant AND u.external_id = $employee AND tm.synced = 0
        ORDER BY tm.team_external_id
        """;
}
