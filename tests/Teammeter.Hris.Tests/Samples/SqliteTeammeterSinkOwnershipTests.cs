using Microsoft.Data.Sqlite;
using Teammeter.Hris.Sample;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>The sink records which lines, memberships and deactivations the sync made, and keeps a coach's edits apart.</summary>
public sealed class SqliteTeammeterSinkOwnershipTests : IDisposable
{
    private const string Tenant = "acme";
    private const string Reason = "test";

    private readonly TempDirectory temp = new();
    private readonly CancellationToken ct = CancellationToken.None;

    public void Dispose() => temp.Dispose();

    private SqliteTeammeterSink CreateSut() => new(temp.File("teammeter.db"));

    private async Task<SqliteTeammeterSink> SeededAsync()
    {
        var sut = CreateSut();
        await sut.ApplyAsync(
            Tenant,
            [
                new CreateTeam("t-1", "Platform", Reason),
                new CreateTeam("t-2", "Web", Reason),
                new CreateUser("e-1", "Helena", "Bergmann", "helena@x.example", Reason),
                new CreateUser("e-2", "Lukas", "Weber", "lukas@x.example", Reason),
                new CreateUser("e-3", "Lea", "Vogel", null, Reason),
                new AssignTeam("e-2", "t-1", null, Reason),
                new SetManager("e-2", "e-1", null, Reason),
            ],
            ct);
        return sut;
    }

    private async Task<TeammeterUser> UserAsync(SqliteTeammeterSink sut, string id) =>
        (await sut.LoadAsync(Tenant, ct)).Users.Single(u => u.EmployeeId == id);

    [Fact]
    public async Task LoadAsync_LineTheSyncSet_IsMarkedAsTheSyncs()
    {
        var sut = await SeededAsync();

        (await UserAsync(sut, "e-2")).ManagerSetBySync.Should().BeTrue();
        (await UserAsync(sut, "e-3")).ManagerSetBySync.Should().BeFalse("no line at all");
    }

    [Fact]
    public async Task SetCoachManagerAsync_OverASyncedLine_MarksTheLineAsTheCoachs()
    {
        var sut = await SeededAsync();

        await sut.SetCoachManagerAsync(Tenant, "e-2", "e-3", ct);
        await sut.SetCoachManagerAsync(Tenant, "e-3", "e-1", ct);

        (await UserAsync(sut, "e-2")).Should().Match<TeammeterUser>(u => u.ManagerId == "e-3" && !u.ManagerSetBySync);
        (await UserAsync(sut, "e-3")).Should().Match<TeammeterUser>(u => u.ManagerId == "e-1" && !u.ManagerSetBySync);

        await sut.ApplyAsync(Tenant, [new SetManager("e-3", "e-2", "e-1", Reason)], ct);

        (await UserAsync(sut, "e-3")).Should().Match<TeammeterUser>(u => u.ManagerId == "e-2" && u.ManagerSetBySync, "HR's manager replaces the coach's line");
    }

    [Fact]
    public async Task ClearCoachManagerAsync_AnyLine_RemovesIt()
    {
        var sut = await SeededAsync();

        await sut.ClearCoachManagerAsync(Tenant, "e-2", ct);

        (await UserAsync(sut, "e-2")).Should().Match<TeammeterUser>(u => u.ManagerId == null && !u.ManagerSetBySync);
    }

    [Fact]
    public async Task AssignTeam_UserWithACoachMembership_ReplacesOnlyTheSyncsMembership()
    {
        var sut = await SeededAsync();
        await sut.AddCoachTeamAsync(Tenant, "e-2", "t-2", ct);
        await sut.AddCoachTeamAsync(Tenant, "e-2", "t-2", ct);

        await sut.ApplyAsync(Tenant, [new AssignTeam("e-2", "t-2", "t-1", Reason)], ct);

        (await UserAsync(sut, "e-2")).TeamId.Should().Be("t-2");
        (await sut.GetCoachTeamsAsync(Tenant, "e-2", ct)).Should().Equal("t-2");

        await sut.ApplyAsync(Tenant, [new AssignTeam("e-2", null, "t-2", Reason)], ct);

        (await UserAsync(sut, "e-2")).TeamId.Should().BeNull("the sync's membership is gone");
        (await sut.GetCoachTeamsAsync(Tenant, "e-2", ct)).Should().Equal("t-2");
    }

    [Fact]
    public async Task LoadAsync_UserOnlyInACoachsTeam_HasNoSyncedTeam()
    {
        var sut = await SeededAsync();

        await sut.AddCoachTeamAsync(Tenant, "e-3", "t-1", ct);

        (await UserAsync(sut, "e-3")).TeamId.Should().BeNull();
        (await sut.LoadAsync(Tenant, ct)).Users.Should().HaveCount(3, "several memberships never duplicate a user");
    }

    [Fact]
    public async Task DeactivateAndReactivate_BySync_SetAndClearTheMark()
    {
        var sut = await SeededAsync();

        await sut.ApplyAsync(Tenant, [new DeactivateUser("e-3", Reason)], ct);
        var deactivated = await UserAsync(sut, "e-3");
        await sut.ApplyAsync(Tenant, [new ReactivateUser("e-3", Reason)], ct);
        var reactivated = await UserAsync(sut, "e-3");

        deactivated.Should().Match<TeammeterUser>(u => !u.IsActive && u.DeactivatedBySync);
        reactivated.Should().Match<TeammeterUser>(u => u.IsActive && !u.DeactivatedBySync);
    }

    [Fact]
    public async Task DeactivateByCoachAsync_ActiveOrSyncDeactivatedUser_IsTheCoachsDeactivation()
    {
        var sut = await SeededAsync();
        await sut.ApplyAsync(Tenant, [new DeactivateUser("e-3", Reason)], ct);

        await sut.DeactivateByCoachAsync(Tenant, "e-2", ct);
        await sut.DeactivateByCoachAsync(Tenant, "e-3", ct);

        (await UserAsync(sut, "e-2")).Should().Match<TeammeterUser>(u => !u.IsActive && !u.DeactivatedBySync);
        (await UserAsync(sut, "e-3")).Should().Match<TeammeterUser>(u => !u.IsActive && !u.DeactivatedBySync);
    }

    [Theory]
    [InlineData("nobody", "e-1", "t-1", "employeeId")]
    [InlineData("e-2", "nobody", "t-1", "managerId")]
    [InlineData("e-2", "e-1", "nobody", "teamId")]
    public async Task CoachEdits_UnknownRecord_ThrowNamingTheArgumentAndWriteNothing(string employee, string manager, string team, string named)
    {
        var sut = await SeededAsync();
        var before = await sut.LoadAsync(Tenant, ct);

        Func<Task> edit = named == "teamId"
            ? () => sut.AddCoachTeamAsync(Tenant, employee, team, ct)
            : () => sut.SetCoachManagerAsync(Tenant, employee, manager, ct);

        (await edit.Should().ThrowAsync<UnknownRecordException>()).Which.ParameterName.Should().Be(named);
        (await sut.LoadAsync(Tenant, ct)).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task LoadAsync_DatabaseOfAnOlderSample_MigratesItsRowsAsTheSyncs()
    {
        var path = temp.File("old.db");
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE tenants (id TEXT PRIMARY KEY, invitations_released INTEGER NOT NULL DEFAULT 0);
                CREATE TABLE users (id INTEGER PRIMARY KEY, tenant TEXT NOT NULL REFERENCES tenants(id), external_id TEXT, email TEXT,
                    first_name TEXT, last_name TEXT, active INTEGER NOT NULL DEFAULT 1, UNIQUE (tenant, external_id));
                CREATE TABLE teams (tenant TEXT NOT NULL REFERENCES tenants(id), external_id TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (tenant, external_id));
                CREATE TABLE team_members (user_id INTEGER PRIMARY KEY REFERENCES users(id), team_external_id TEXT NOT NULL);
                CREATE TABLE reporting_lines (user_id INTEGER PRIMARY KEY REFERENCES users(id), manager_external_id TEXT NOT NULL);
                INSERT INTO tenants (id) VALUES ('acme');
                INSERT INTO users (id, tenant, external_id, active) VALUES (1, 'acme', 'e-1', 1), (2, 'acme', 'e-2', 0);
                INSERT INTO teams VALUES ('acme', 't-1', 'Platform'), ('acme', 't-2', 'Web');
                INSERT INTO team_members VALUES (1, 't-1');
                INSERT INTO reporting_lines VALUES (1, 'e-2');
                """;
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        var sut = new SqliteTeammeterSink(path);

        var users = (await sut.LoadAsync(Tenant, ct)).Users;
        await sut.AddCoachTeamAsync(Tenant, "e-1", "t-2", ct);

        users.Should().BeEquivalentTo(
        [
            new TeammeterUser { EmployeeId = "e-1", TeamId = "t-1", ManagerId = "e-2", ManagerSetBySync = true },
            new TeammeterUser { EmployeeId = "e-2", IsActive = false, DeactivatedBySync = true },
        ]);
        (await sut.GetCoachTeamsAsync(Tenant, "e-1", ct)).Should().Equal("t-2");
    }
}
