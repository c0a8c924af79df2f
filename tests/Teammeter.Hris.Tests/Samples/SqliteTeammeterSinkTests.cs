using Microsoft.Data.Sqlite;
using Teammeter.Hris.Sample;

namespace Teammeter.Hris.Tests.Samples;

public sealed class SqliteTeammeterSinkTests : IDisposable
{
    private const string Tenant = "acme";
    private const string Reason = "test";

    private readonly TempDirectory temp = new();
    private readonly CancellationToken ct = CancellationToken.None;

    public void Dispose() => temp.Dispose();

    private SqliteTeammeterSink CreateSut() => new(temp.File("teammeter.db"));

    private static SyncOperation[] InitialOperations() =>
    [
        new CreateTeam("t-1", "Platform", Reason),
        new CreateTeam("t-2", "Web", Reason),
        new CreateRole("Engineer", Reason),
        new CreateUser("e-1", "Helena", "Bergmann", "helena@x.example", Reason),
        new CreateUser("e-2", "Lukas", "Weber", "lukas@x.example", Reason),
        new CreateUser("e-3", "Lea", "Vogel", null, Reason),
        new AssignTeam("e-2", "t-1", null, Reason),
        new AssignTeam("e-3", "t-2", null, Reason),
        new AssignRole("e-2", "Engineer", null, Reason),
        new SetManager("e-2", "e-1", null, Reason),
        new SendInvitation("e-1", "helena@x.example", "Helena", "Bergmann", "acme:e-1", Reason),
    ];

    [Fact]
    public async Task LoadAsync_UnknownTenant_ReturnsEmptyState()
    {
        var state = await CreateSut().LoadAsync(Tenant, ct);

        state.Should().BeEquivalentTo(TeammeterState.Empty(Tenant));
    }

    [Fact]
    public async Task ApplyAsync_InitialOperations_LoadReflectsThem()
    {
        var sut = CreateSut();

        await sut.ApplyAsync(Tenant, InitialOperations(), ct);

        var state = await sut.LoadAsync(Tenant, ct);
        state.Teams.Should().Equal(new TeammeterTeam("t-1", "Platform"), new TeammeterTeam("t-2", "Web"));
        state.Roles.Should().Equal("Engineer");
        state.InvitationsReleased.Should().BeFalse();
        state.Users.Should().BeEquivalentTo(
        [
            new TeammeterUser { EmployeeId = "e-1", FirstName = "Helena", LastName = "Bergmann", Email = "helena@x.example", IsInvited = true },
            new TeammeterUser { EmployeeId = "e-2", FirstName = "Lukas", LastName = "Weber", Email = "lukas@x.example", TeamId = "t-1", SyncedRole = "Engineer", ManagerId = "e-1", ManagerSetBySync = true },
            new TeammeterUser { EmployeeId = "e-3", FirstName = "Lea", LastName = "Vogel", TeamId = "t-2" },
        ]);
    }

    [Fact]
    public async Task ApplyAsync_EveryFollowUpKind_LoadReflectsThem()
    {
        var sut = CreateSut();
        await sut.ApplyAsync(Tenant, InitialOperations(), ct);

        await sut.ApplyAsync(
            Tenant,
            [
                new RenameTeam("t-1", "Platform", "Core Platform", Reason),
                new CreateRole("Lead", Reason),
                new UpdateUser("e-2", [new UserFieldChange(UserField.LastName, "Weber", "Weber-Klein"), new UserFieldChange(UserField.Email, "lukas@x.example", "lukas.wk@x.example")], Reason),
                new AssignTeam("e-2", "t-2", "t-1", Reason),
                new AssignTeam("e-3", null, "t-2", Reason),
                new AssignRole("e-2", "Lead", "Engineer", Reason),
                new ClearManager("e-2", "e-1", Reason),
                new DeactivateUser("e-3", Reason),
            ],
            ct);

        var state = await sut.LoadAsync(Tenant, ct);
        state.Teams.Should().Contain(new TeammeterTeam("t-1", "Core Platform"));
        state.Roles.Should().BeEquivalentTo("Engineer", "Lead");
        state.Users.Single(u => u.EmployeeId == "e-2").Should().BeEquivalentTo(
            new TeammeterUser { EmployeeId = "e-2", FirstName = "Lukas", LastName = "Weber-Klein", Email = "lukas.wk@x.example", TeamId = "t-2", SyncedRole = "Lead" });
        state.Users.Single(u => u.EmployeeId == "e-3").Should().Match<TeammeterUser>(u => !u.IsActive && u.TeamId == null);

        await sut.ApplyAsync(Tenant, [new ReactivateUser("e-3", Reason), new AssignRole("e-2", null, "Lead", Reason)], ct);

        state = await sut.LoadAsync(Tenant, ct);
        state.Users.Single(u => u.EmployeeId == "e-3").IsActive.Should().BeTrue();
        state.Users.Single(u => u.EmployeeId == "e-2").SyncedRole.Should().BeNull();
    }

    [Fact]
    public async Task ApplyAsync_SameBatchTwice_IsANoOp()
    {
        var sut = CreateSut();
        await sut.ApplyAsync(Tenant, InitialOperations(), ct);
        var once = await sut.LoadAsync(Tenant, ct);

        await sut.ApplyAsync(Tenant, InitialOperations(), ct);

        var twice = await sut.LoadAsync(Tenant, ct);
        twice.Should().BeEquivalentTo(once);
        await using var connection = new SqliteConnection($"Data Source={sut.DatabasePath}");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT (SELECT COUNT(*) FROM users) + (SELECT COUNT(*) FROM invitations) + (SELECT COUNT(*) FROM user_roles)";
        (await count.ExecuteScalarAsync()).Should().Be(3L + 1 + 1);
    }

    [Fact]
    public async Task ApplyAsync_FirstTimeLink_LinksTheCoachCreatedUserByEmail()
    {
        var sut = CreateSut();
        await sut.AddCoachUserAsync(Tenant, " Ana.Garcia@X.example ", "Ana", null, ct);
        var link = new UpdateUser(
            "e-9",
            [new UserFieldChange(UserField.EmployeeId, null, "e-9"), new UserFieldChange(UserField.LastName, null, "García")],
            Reason,
            matchEmail: "ana.garcia@x.example");

        await sut.ApplyAsync(Tenant, [link], ct);
        await sut.ApplyAsync(Tenant, [link], ct);

        var user = (await sut.LoadAsync(Tenant, ct)).Users.Should().ContainSingle().Subject;
        user.EmployeeId.Should().Be("e-9");
        user.LastName.Should().Be("García");
        user.FirstName.Should().Be("Ana");
    }

    [Fact]
    public async Task ApplyAsync_ReKey_KeepsTheUserItsTeamAndItsInvitation()
    {
        var sut = CreateSut();
        await sut.ApplyAsync(Tenant, InitialOperations(), ct);
        var rekey = new UpdateUser("new-2", [new UserFieldChange(UserField.EmployeeId, "e-2", "new-2")], Reason);

        await sut.ApplyAsync(Tenant, [rekey, new SendInvitation("new-2", "lukas@x.example", "Lukas", "Weber", "acme:new-2", Reason)], ct);
        await sut.ApplyAsync(Tenant, [rekey], ct);

        var state = await sut.LoadAsync(Tenant, ct);
        state.Users.Should().HaveCount(3).And.NotContain(u => u.EmployeeId == "e-2");
        state.Users.Single(u => u.EmployeeId == "new-2").Should().Match<TeammeterUser>(u => u.TeamId == "t-1" && u.SyncedRole == "Engineer" && u.IsInvited);
    }

    [Fact]
    public async Task ApplyAsync_AssignRole_LeavesCoachAddedRoles()
    {
        var sut = CreateSut();
        await sut.ApplyAsync(Tenant, InitialOperations(), ct);
        await sut.AddCoachRoleAsync(Tenant, "e-2", "Mentor", ct);
        await sut.AddCoachRoleAsync(Tenant, "e-2", "Engineer", ct);

        await sut.ApplyAsync(Tenant, [new AssignRole("e-2", "Lead", "Engineer", Reason)], ct);

        (await sut.GetCoachRolesAsync(Tenant, "e-2", ct)).Should().Equal("Engineer", "Mentor");
        (await sut.LoadAsync(Tenant, ct)).Users.Single(u => u.EmployeeId == "e-2").SyncedRole.Should().Be("Lead");

        await sut.ApplyAsync(Tenant, [new AssignRole("e-2", null, "Lead", Reason)], ct);

        (await sut.GetCoachRolesAsync(Tenant, "e-2", ct)).Should().Equal("Engineer", "Mentor");
    }

    [Fact]
    public async Task ApplyAsync_RoleNamesDifferingInCase_AreOneRole()
    {
        var sut = CreateSut();

        await sut.ApplyAsync(Tenant, [new CreateRole("Engineer", Reason), new CreateRole("ENGINEER", Reason)], ct);

        (await sut.LoadAsync(Tenant, ct)).Roles.Should().Equal("Engineer");
    }

    [Fact]
    public async Task ApplyAsync_FailingOperation_RollsBackTheWholeBatch()
    {
        var sut = CreateSut();
        SyncOperation[] batch =
        [
            new CreateTeam("t-1", "Platform", Reason),
            new CreateUser("e-1", "Helena", "Bergmann", null, Reason),
            new SetManager("missing", "e-1", null, Reason),
        ];

        var apply = () => sut.ApplyAsync(Tenant, batch, ct);

        await apply.Should().ThrowAsync<InvalidOperationException>().WithMessage("*missing*");
        (await sut.LoadAsync(Tenant, ct)).Should().BeEquivalentTo(TeammeterState.Empty(Tenant));
    }

    [Fact]
    public async Task MarkInvitationsReleasedAsync_Twice_SetsTheFlag()
    {
        var sut = CreateSut();

        await sut.MarkInvitationsReleasedAsync(Tenant, ct);
        await sut.MarkInvitationsReleasedAsync(Tenant, ct);

        (await sut.LoadAsync(Tenant, ct)).InvitationsReleased.Should().BeTrue();
        (await sut.LoadAsync("other", ct)).InvitationsReleased.Should().BeFalse();
    }

    [Fact]
    public async Task SetCoachEmailAsync_SyncedUserWithoutEmail_SetsIt()
    {
        var sut = CreateSut();
        await sut.ApplyAsync(Tenant, InitialOperations(), ct);

        await sut.SetCoachEmailAsync(Tenant, "e-3", "lea@x.example", ct);

        (await sut.LoadAsync(Tenant, ct)).Users.Single(u => u.EmployeeId == "e-3").Email.Should().Be("lea@x.example");
        var unknown = () => sut.SetCoachEmailAsync(Tenant, "nobody", "x@x.example", ct);
        await unknown.Should().ThrowAsync<InvalidOperationException>();
    }

    [Fact]
    public async Task ApplyAsync_Tenants_AreIsolated()
    {
        var sut = CreateSut();

        await sut.ApplyAsync(Tenant, InitialOperations(), ct);
        await sut.ApplyAsync("globex", [new CreateUser("e-1", "Other", "Person", null, Reason)], ct);

        (await sut.LoadAsync("globex", ct)).Users.Should().ContainSingle().Which.FirstName.Should().Be("Other");
        (await sut.LoadAsync(Tenant, ct)).Users.Should().HaveCount(3);
    }

    [Fact]
    public async Task ApplyAsync_TenThousandOperations_AppliesInOneBatch()
    {
        var sut = CreateSut();
        var operations = Enumerable.Range(0, 5_000)
            .SelectMany(i => new SyncOperation[]
            {
                new CreateUser($"e-{i}", "First", "Last", $"u{i}@x.example", Reason),
                new AssignRole($"e-{i}", $"Role {i % 100}", null, Reason),
            })
            .ToList();

        await sut.ApplyAsync(Tenant, operations, ct);

        var state = await sut.LoadAsync(Tenant, ct);
        state.Users.Should().HaveCount(5_000).And.OnlyContain(u => u.SyncedRole != null);
        state.Roles.Should().HaveCount(100);
    }
}
