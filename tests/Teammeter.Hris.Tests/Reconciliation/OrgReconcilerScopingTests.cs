using Teammeter.Hris.Tests.Reconciliation.Helpers;
using static Teammeter.Hris.Tests.Reconciliation.Helpers.Org;
using static Teammeter.Hris.Tests.Reconciliation.OrgReconcilerLifecycleTests;

namespace Teammeter.Hris.Tests.Reconciliation;

/// <summary>
/// Who is synced at all (docs/reconciliation.md, "Scoping"): excluded people are never created or invited, a linked
/// user who leaves the scope is held with the why, and excluded people count toward no guard.
/// </summary>
public sealed class OrgReconcilerScopingTests
{
    private static readonly ReconcilePolicy NoContractors = Scoped(new SyncScope { ExcludeEmploymentTypes = ["contractor", "freelance"] });

    [Fact]
    public void Plan_ExcludedEmploymentType_IsNeitherCreatedNorInvitedAndIsCounted()
    {
        var plan = Plan([Typed("n1", HrisEmploymentType.Contractor), Typed("n2", HrisEmploymentType.Freelance), Typed("n3", HrisEmploymentType.Employee), .. Typed(Colleagues(9))], ColleagueUsers(9), NoContractors);

        plan.Operations.OfType<CreateUser>().Select(o => o.EmployeeId).Should().Equal("n3");
        plan.Operations.OfType<SendInvitation>().Select(o => o.EmployeeId).Should().Equal("n3");
        plan.Held.Should().BeEmpty();
        plan.ExcludedCounts.Should().Equal(new Dictionary<ScopeExclusion, int> { [ScopeExclusion.EmploymentType] = 2 });
    }

    [Fact]
    public void Plan_OnlyEmploymentTypes_LeavesOutOtherTypesAndPeopleWithoutType()
    {
        var policy = Scoped(new SyncScope { OnlyEmploymentTypes = ["Employee", "internship"] });

        var plan = Plan([Typed("e", HrisEmploymentType.Employee), Typed("i", HrisEmploymentType.Internship), Typed("t", HrisEmploymentType.Temp), Employee("none")], [], policy);

        plan.Operations.OfType<CreateUser>().Select(o => o.EmployeeId).Should().Equal("e", "i");
        plan.ExcludedCounts[ScopeExclusion.EmploymentType].Should().Be(2);
    }

    [Theory]
    [InlineData(new[] { "c2" }, new string[0])]
    [InlineData(new string[0], new[] { " c1 " })]
    public void Plan_CompanyScope_SyncsOnlyTheCompaniesInScope(string[] exclude, string[] only)
    {
        var policy = Scoped(new SyncScope { ExcludeCompanies = exclude, OnlyCompanies = only });

        var plan = Plan([Employee("a") with { CompanyId = "c1" }, Employee("b") with { CompanyId = "c2" }], [], policy);

        plan.Operations.OfType<CreateUser>().Should().ContainSingle().Which.EmployeeId.Should().Be("a");
        plan.ExcludedCounts.Should().Equal(new Dictionary<ScopeExclusion, int> { [ScopeExclusion.Company] = 1 });
    }

    [Fact]
    public void Plan_ExcludedDepartmentAndTeam_AreLeftOut()
    {
        var policy = Scoped(new SyncScope { ExcludeDepartments = ["D-works-council"], ExcludeTeams = ["T-board"] });
        var council = Employee("wc") with { Department = new("D-works-council", "Works council") };
        var board = Employee("board") with { Team = new("T-board", "Board") };

        var plan = Plan([council, board, Employee("a")], [], policy);

        plan.Operations.OfType<CreateUser>().Select(o => o.EmployeeId).Should().Equal("a");
        plan.Operations.OfType<CreateTeam>().Should().NotContain(o => o.TeamId == "T-board", "a team only excluded people are in is not created");
        plan.ExcludedCounts.Should().Equal(new Dictionary<ScopeExclusion, int> { [ScopeExclusion.Department] = 1, [ScopeExclusion.Team] = 1 });
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData(" Yes ", true)]
    [InlineData("1", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("no", false)]
    [InlineData("0", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Plan_ExclusionAttribute_LeavesOutTruthyValuesOnly(string? value, bool excluded)
    {
        var policy = Scoped(new SyncScope { ExclusionAttribute = "exclude from teammeter" });

        var plan = Plan([Marked("x", value), Marked("a", "false")], [], policy);

        plan.Operations.OfType<CreateUser>().Select(o => o.EmployeeId).Should().Equal(excluded ? ["a"] : ["a", "x"]);
        plan.ExcludedCounts.ContainsKey(ScopeExclusion.ExclusionAttribute).Should().Be(excluded);
    }

    [Fact]
    public void Plan_LinkedUserBecomesContractor_IsHeldWithTheWhyAndNotChanged()
    {
        var now = Employee("e1") with { EmploymentType = HrisEmploymentType.Contractor, LastName = "Renamed", Title = "Consultant", Team = new("T2", "Two") };

        var plan = Plan([now, .. Typed(Colleagues(9))], [User("e1"), .. ColleagueUsers(9)], NoContractors);

        plan.Operations.Should().NotContain(o => o.EmployeeId() == "e1", "a user who left the scope is neither deactivated nor changed");
        plan.Held.Should().Equal(new DeactivateUser("e1", "OutOfScope"));
        plan.Warnings.Should().ContainSingle(w => w.Code == SyncWarningCode.OutOfScope && w.EmployeeId == "e1")
            .Which.Message.Should().Contain("now a contractor; the scope excludes contractors");
        plan.Warnings.Single(w => w.Code == SyncWarningCode.OutOfScope).Why.Should().Contain("approve").And.Contain("now a contractor");
        plan.ExcludedCounts[ScopeExclusion.EmploymentType].Should().Be(1);
    }

    [Fact]
    public void Plan_LinkedUserOutOfScopeApproved_IsDeactivated()
    {
        var plan = Plan([Typed("e1", HrisEmploymentType.Contractor), .. Typed(Colleagues(9))], [User("e1"), .. ColleagueUsers(9)], NoContractors with { ApproveHeldOperations = true });

        plan.Operations.Should().Equal(new DeactivateUser("e1", "OutOfScope"));
        plan.Held.Should().BeEmpty();
    }

    [Fact]
    public void Plan_InactiveLinkedUserOutOfScope_GetsNothing()
    {
        var plan = Plan([Typed("e1", HrisEmploymentType.Contractor), .. Typed(Colleagues(9))], [User("e1") with { IsActive = false, DeactivatedBySync = true }, .. ColleagueUsers(9)], NoContractors);

        plan.IsEmpty.Should().BeTrue("an out-of-scope employee is not reactivated");
        plan.Codes().Should().NotContain(SyncWarningCode.OutOfScope);
    }

    [Fact]
    public void Plan_ExcludedManager_LeavesTheLineUnsetWithUnknownManager()
    {
        var plan = Plan([Typed("boss", HrisEmploymentType.Contractor), Typed("e1", HrisEmploymentType.Employee) with { ManagerId = "boss" }], [], NoContractors);

        plan.Operations.OfType<SetManager>().Should().BeEmpty();
        plan.Warnings.Should().ContainSingle(w => w.Code == SyncWarningCode.UnknownManager && w.EmployeeId == "e1");
    }

    [Fact]
    public void Plan_HeldManagerOutOfScope_LeavesTheReportsLineAsItIs()
    {
        var boss = Typed("boss", HrisEmploymentType.Contractor);
        var report = Typed("e1", HrisEmploymentType.Employee) with { ManagerId = "boss" };

        var plan = Plan([boss, report, .. Typed(Colleagues(8))], [User("boss"), User("e1") with { ManagerId = "boss" }, .. ColleagueUsers(8)], NoContractors);

        plan.Operations.Should().BeEmpty("nothing follows from a held operation");
        plan.Held.Should().Equal(new DeactivateUser("boss", "OutOfScope"));
    }

    [Fact]
    public void Plan_ManyLinkedUsersLeaveTheScope_TripNoGuard()
    {
        // Eight of fourteen people move to the sister company the tenant excludes: a decision, not a wrong connection.
        // They count on neither side of a guard: one leaver among the six who stay is within the 20% share.
        var policy = Scoped(new SyncScope { ExcludeCompanies = ["sister"] }) with { MissingEmployees = MissingEmployeeAction.Deactivate };
        var moved = Enumerable.Range(0, 8).Select(i => Employee("c" + i) with { CompanyId = "sister" });
        var stayed = Enumerable.Range(8, 5).Select(i => Employee("c" + i) with { CompanyId = "main" });
        var leaver = Employee("c13") with { CompanyId = "main", Status = HrisEmploymentStatus.Terminated };

        var plan = Plan([.. moved, .. stayed, leaver], ColleagueUsers(14), policy);

        plan.Codes().Should().NotContain([SyncWarningCode.WrongOrganisationSuspected, SyncWarningCode.MassDeactivationHeld]);
        plan.Operations.Should().Equal(new DeactivateUser("c13", "Terminated"));
        plan.Held.OfType<DeactivateUser>().Where(o => o.Reason == "OutOfScope").Should().HaveCount(8);
        plan.Held.Should().HaveCount(8);
    }

    [Fact]
    public void Plan_ManyExcludedNewPeople_AreNoMassCreation()
    {
        var contractors = Enumerable.Range(0, 30).Select(i => Typed("x" + i, HrisEmploymentType.Contractor));

        var plan = Plan([.. contractors, .. Typed(Colleagues(10))], ColleagueUsers(10), NoContractors);

        plan.IsEmpty.Should().BeTrue();
        plan.Codes().Should().NotContain(SyncWarningCode.WrongOrganisationSuspected);
        plan.ExcludedCounts[ScopeExclusion.EmploymentType].Should().Be(30);
    }

    [Fact]
    public void Plan_ExcludedPersonSharingAnEmail_DoesNotBlockTheColleague()
    {
        var plan = Plan([Typed("x", HrisEmploymentType.Contractor) with { Email = "a@example.com" }, Typed("a", HrisEmploymentType.Employee)], [], NoContractors);

        plan.Operations.OfType<CreateUser>().Should().ContainSingle().Which.Email.Should().Be("a@example.com");
        plan.Codes().Should().NotContain(SyncWarningCode.DuplicateEmail);
    }

    [Fact]
    public void Plan_ExcludedPersonWithAnUnlinkedUsersEmail_IsNotLinked()
    {
        var plan = Plan([Typed("x", HrisEmploymentType.Contractor), Typed("a", HrisEmploymentType.Employee)], [User("x") with { EmployeeId = null }], NoContractors);

        plan.Operations.Should().NotContain(o => o.EmployeeId() == "x");
    }

    [Fact]
    public void Plan_PersonExcludedForSeveralReasons_CountsOnceUnderTheFirst()
    {
        var policy = Scoped(new SyncScope { ExcludeEmploymentTypes = ["contractor"], ExcludeCompanies = ["c2"], ExclusionAttribute = "Exclude" });
        var both = Typed("x", HrisEmploymentType.Contractor) with { CompanyId = "c2", CustomAttributes = new([new("Exclude", "yes")]) };

        var plan = Plan([both, Typed("y", HrisEmploymentType.Contractor) with { CompanyId = "c2" }, Marked("z", "no") with { EmploymentType = HrisEmploymentType.Employee, CompanyId = "c1" }], [], policy);

        plan.Operations.OfType<CreateUser>().Select(o => o.EmployeeId).Should().Equal("z");
        plan.ExcludedCounts.Should().Equal(new Dictionary<ScopeExclusion, int> { [ScopeExclusion.ExclusionAttribute] = 1, [ScopeExclusion.EmploymentType] = 1 });
    }

    [Fact]
    public void Plan_ExcludedLeaverNotAUser_IsNotCounted()
    {
        var plan = Plan([Typed("x", HrisEmploymentType.Contractor) with { Status = HrisEmploymentStatus.Terminated }, Typed("a", HrisEmploymentType.Employee)], [], NoContractors);

        plan.ExcludedCounts.Should().BeEmpty();
    }

    [Fact]
    public void Plan_ScopeOnAnAttributeNobodyCarries_WarnsAndHoldsCreationsAndInvitations()
    {
        var plan = Plan([Employee("n1"), Employee("n2"), .. Colleagues(9)], [.. ColleagueUsers(9)] , NoContractors with { MassCreationMaxShare = 1 });

        plan.Warnings.Should().ContainSingle(w => w.Code == SyncWarningCode.ScopeAttributeMissing)
            .Which.RelatedIds.Should().Equal("Employment type");
        plan.Operations.OfType<CreateUser>().Should().BeEmpty();
        plan.Held.OfType<CreateUser>().Select(o => o.EmployeeId).Should().Equal("n1", "n2");
        plan.ExcludedCounts.Should().BeEmpty("a scope that cannot be applied leaves nobody out");
    }

    [Fact]
    public void Plan_ExclusionAttributeNobodyCarries_NamesTheAttribute()
    {
        var plan = Plan([Employee("a"), Employee("b")], [], Scoped(new SyncScope { ExclusionAttribute = "Exclude from Teammeter" }));

        plan.Warnings.Should().ContainSingle(w => w.Code == SyncWarningCode.ScopeAttributeMissing)
            .Which.RelatedIds.Should().Equal("Exclude from Teammeter");
    }

    [Fact]
    public void Plan_WithoutScope_HasNoExcludedCounts()
    {
        Plan([Typed("x", HrisEmploymentType.Contractor)], []).ExcludedCounts.Should().BeEmpty();
        Plan([Typed("x", HrisEmploymentType.Contractor)], [], Scoped(new SyncScope())).Operations.OfType<CreateUser>().Should().ContainSingle();
    }

    [Theory]
    [InlineData("contractors", "Scope.ExcludeEmploymentTypes")]
    [InlineData("1", "Scope.ExcludeEmploymentTypes")]
    [InlineData(" ", "Scope.ExcludeEmploymentTypes")]
    public void Plan_UnknownOrBlankEmploymentType_ThrowsNamingTheProperty(string type, string property)
    {
        var act = () => Plan([Employee("a")], [], Scoped(new SyncScope { ExcludeEmploymentTypes = [type] }));

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(property);
    }

    [Fact]
    public void Plan_BlankCompanyId_ThrowsNamingTheProperty()
    {
        var act = () => Plan([Employee("a")], [], Scoped(new SyncScope { OnlyCompanies = ["c1", ""] }));

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Scope.OnlyCompanies");
    }

    private static ReconcilePolicy Scoped(SyncScope scope) => Released with { Scope = scope };

    private static HrisEmployee Typed(string id, HrisEmploymentType type) => Employee(id) with { EmploymentType = type };

    private static HrisEmployee[] Typed(HrisEmployee[] employees) => [.. employees.Select(e => e with { EmploymentType = HrisEmploymentType.Employee })];

    private static HrisEmployee Marked(string id, string? value) => Employee(id) with { CustomAttributes = new([new("Exclude from Teammeter", value)]) };
}
