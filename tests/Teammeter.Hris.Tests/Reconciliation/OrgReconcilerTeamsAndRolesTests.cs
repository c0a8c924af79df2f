using Teammeter.Hris.Tests.Reconciliation.Helpers;
using static Teammeter.Hris.Tests.Reconciliation.Helpers.Org;

namespace Teammeter.Hris.Tests.Reconciliation;

public sealed class OrgReconcilerTeamsAndRolesTests
{
    [Fact]
    public void Plan_TeamNameChanged_RenamesNotRecreates()
    {
        var plan = Plan([Employee("e1") with { Team = new("T1", "Platform") }], [User("e1")]);

        plan.Operations.Should().Equal(new RenameTeam("T1", "Team One", "Platform", "TeamRenamed"));
    }

    [Fact]
    public void Plan_NewTeamWithActiveMember_IsCreatedAndAssigned()
    {
        var plan = Plan([Employee("e1") with { Team = new("T2", "Data") }], [User("e1")]);

        plan.Operations.Should().Equal(new CreateTeam("T2", "Data", "NewTeam"), new AssignTeam("e1", "T2", "T1", "TeamChanged"));
        plan.Warnings.Should().ContainSingle(w => w.Code == SyncWarningCode.EmptyTeam).Which.RelatedIds.Should().Equal("T1");
    }

    [Fact]
    public void Plan_TeamOfOnlyInactiveEmployees_IsNotCreated()
    {
        var plan = Plan([Employee("e1") with { Team = new("T2", "Alumni"), Status = HrisEmploymentStatus.Terminated }], []);

        plan.Operations.OfType<CreateTeam>().Should().BeEmpty();
    }

    [Fact]
    public void Plan_DepartmentsAsTeamSource_KeysTeamsByDepartment()
    {
        var plan = Plan(Snapshot(Employee("e1")), TeammeterState.Empty(Tenant), Released with { TeamSource = TeamSource.Department });

        plan.Operations.OfType<CreateTeam>().Should().Equal(new CreateTeam("D1", "Dept One", "NewTeam"));
        plan.Operations.OfType<AssignTeam>().Should().Equal(new AssignTeam("e1", "D1", null, "NewEmployee"));
    }

    [Fact]
    public void Plan_EmployeeLeavesTeam_RemovesSyncedMembership()
    {
        var plan = Plan([Employee("e1") with { Team = null }], [User("e1")]);

        plan.Operations.Should().Equal(new AssignTeam("e1", null, "T1", "TeamChanged"));
    }

    [Fact]
    public void Plan_TeamIdWithTwoNames_PicksMostFrequentAndWarns()
    {
        var plan = Plan(
            [Employee("e1") with { Team = new("T2", "Data") }, Employee("e2") with { Team = new("T2", "Data ") }, Employee("e3") with { Team = new("T2", "Analytics") }],
            []);

        plan.Operations.OfType<CreateTeam>().Should().Equal(new CreateTeam("T2", "Data", "NewTeam"));
        plan.Warnings.Should().ContainSingle(w => w.Code == SyncWarningCode.ConflictingTeamName).Which.RelatedIds.Should().Equal("T2");
    }

    [Fact]
    public void Plan_TeamIdWithTwoNamesEquallyOften_PicksOrdinalSmallest()
    {
        var plan = Plan([Employee("e1") with { Team = new("T2", "Zeta") }, Employee("e2") with { Team = new("T2", "Alpha") }], []);

        plan.Operations.OfType<CreateTeam>().Should().Equal(new CreateTeam("T2", "Alpha", "NewTeam"));
    }

    [Fact]
    public void Plan_TitleDiffersInCaseAndSpacing_ReusesExistingRoleSpelling()
    {
        var plan = Plan([Employee("e1") with { Title = "  engineer " }], [User("e1")]);

        plan.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Plan_NewTitles_CreateOneNormalisedRole()
    {
        var plan = Plan([Employee("e1") with { Title = "Senior   Engineer" }, Employee("e2") with { Title = "senior engineer" }], [User("e1"), User("e2")]);

        plan.Operations.Should().Equal(
            new CreateRole("Senior Engineer", "NewRole"),
            new AssignRole("e1", "Senior Engineer", "Engineer", "TitleChanged"),
            new AssignRole("e2", "Senior Engineer", "Engineer", "TitleChanged"));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData(null)]
    public void Plan_NoOrWhitespaceTitle_RemovesOnlyTheSyncedRole(string? title)
    {
        var plan = Plan([Employee("e1") with { Title = title }], [User("e1")]);

        plan.Operations.Should().Equal(new AssignRole("e1", null, "Engineer", "TitleChanged"));
    }
}
