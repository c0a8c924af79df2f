using CsCheck;
using Teammeter.Hris.Tests.Helpers;
using Teammeter.Hris.Tests.Reconciliation.Helpers;

namespace Teammeter.Hris.Tests.Reconciliation;

/// <summary>Properties that must hold for every organisation, checked over generated (often messy) ones.</summary>
public sealed class OrgReconcilerPropertyTests
{
    private const int Iterations = 300;

    [Fact]
    public void Plan_AppliedThenPlannedAgain_IsEmpty()
    {
        OrgGenerators.Scenario(messy: false).Sample(
            scenario =>
            {
                // A sink applies what it is given; held operations are approved here so the second plan has nothing left.
                var policy = scenario.Policy with { ApproveHeldOperations = true, AutoInviteNewHires = true };
                var first = OrgReconciler.Plan(scenario.Snapshot, scenario.State, policy, Org.Today);
                var applied = StateApplier.Apply(scenario.State, first);

                var second = OrgReconciler.Plan(scenario.Snapshot, applied, policy, Org.Today);

                second.Operations.Should().BeEmpty();
                second.Held.Should().BeEmpty();
            },
            iter: Iterations);
    }

    [Fact]
    public void Plan_CoachEdits_AreNeverClearedOrUndone()
    {
        OrgGenerators.Scenario(messy: true).Sample(
            scenario =>
            {
                var plan = scenario.Plan();
                var coachLines = scenario.State.Users
                    .Where(u => u.EmployeeId is not null && u.ManagerId is not null && !u.ManagerSetBySync)
                    .Select(u => u.EmployeeId!)
                    .ToHashSet(StringComparer.Ordinal);
                var coachDeactivated = scenario.State.Users
                    .Where(u => u.EmployeeId is not null && !u.IsActive && !u.DeactivatedBySync)
                    .Select(u => u.EmployeeId!)
                    .ToHashSet(StringComparer.Ordinal);
                var all = plan.Operations.Concat(plan.Held).ToList();

                all.OfType<ClearManager>().Should().NotContain(o => coachLines.Contains(o.EmployeeId), "a coach's line is never cleared");
                all.OfType<ReactivateUser>().Should().NotContain(o => coachDeactivated.Contains(o.EmployeeId), "a coach's deactivation is never undone");
                foreach (var replaced in all.OfType<SetManager>().Where(o => coachLines.Contains(o.EmployeeId)))
                {
                    plan.Warnings.Should().Contain(w => w.Code == SyncWarningCode.CoachEditReplaced && w.EmployeeId == replaced.EmployeeId, "HR replacing a coach's line says so");
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Plan_SnapshotWithNoOverlapWithLinkedUsers_WritesNothing()
    {
        OrgGenerators.Scenario(messy: true).Sample(
            scenario =>
            {
                // Another organisation: every HR id and email is foreign to the tenant.
                var foreign = scenario.Snapshot.Employees
                    .Select(e => e with { EmployeeId = "other-" + e.EmployeeId, Email = e.Email is null ? null : "other-" + e.Email.Trim(), ManagerId = e.ManagerId is null ? null : "other-" + e.ManagerId })
                    .ToArray();
                var policy = scenario.Policy with { ApproveHeldOperations = false, MinSnapshotOverlap = 0.5 };

                var plan = OrgReconciler.Plan(new HrisSnapshot(foreign, scenario.Snapshot.ReadAt, scenario.Snapshot.MissingFields), scenario.State, policy, Org.Today);

                if (scenario.State.Users.Any(u => u.EmployeeId is not null && u.IsActive))
                {
                    plan.Operations.Should().BeEmpty();
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Plan_InputListsInAnyOrder_IsIdentical()
    {
        OrgGenerators.Scenario(messy: true).Sample(
            scenario => scenario.Shuffled().Plan().Should().Be(scenario.Plan()),
            iter: Iterations);
    }

    [Fact]
    public void Plan_SendInvitation_OnlyTargetsActiveStartedUninvitedUsersWithEmail()
    {
        OrgGenerators.Scenario(messy: true).Sample(
            scenario =>
            {
                var plan = scenario.Plan();
                foreach (var invitation in plan.Operations.OfType<SendInvitation>())
                {
                    invitation.Email.Should().NotBeNullOrWhiteSpace();
                    var records = scenario.Snapshot.Employees.Where(e => e.EmployeeId == invitation.EmployeeId).ToList();
                    records.Should().NotBeEmpty();
                    if (records.Count == 1)
                    {
                        var employee = records[0];
                        // An undelivered status is unknown, not "inactive": the reconciler assumes active (docs/reconciliation.md §5).
                        if (!scenario.Snapshot.MissingFields.HasFlag(HrisFields.Status))
                        {
                            employee.Status.Should().NotBe(HrisEmploymentStatus.Inactive).And.NotBe(HrisEmploymentStatus.Terminated);
                        }

                        if (!scenario.Snapshot.MissingFields.HasFlag(HrisFields.StartDate))
                        {
                            (employee.StartDate is null || employee.StartDate <= Org.Today).Should().BeTrue("future starters wait");
                        }

                        if (!scenario.Snapshot.MissingFields.HasFlag(HrisFields.EndDate))
                        {
                            (employee.EndDate is null || employee.EndDate > Org.Today).Should().BeTrue("leavers are never invited");
                        }
                    }

                    scenario.State.Users.Should().NotContain(u => u.EmployeeId == invitation.EmployeeId && u.IsInvited);
                    SourceUserOf(plan, scenario.State, invitation.EmployeeId)?.IsInvited.Should().BeFalse();
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Plan_EveryOperation_RefersToIdsThatExist()
    {
        OrgGenerators.Scenario(messy: true).Sample(
            scenario =>
            {
                var plan = scenario.Plan();
                var all = plan.Operations.Concat(plan.Held).ToList();
                var employeeIds = scenario.Snapshot.Employees.Select(e => e.EmployeeId)
                    .Concat(scenario.State.Users.Select(u => u.EmployeeId).OfType<string>()).ToHashSet(StringComparer.Ordinal);
                var teamIds = scenario.State.Teams.Select(t => t.TeamId).Concat(all.OfType<CreateTeam>().Select(t => t.TeamId)).ToHashSet(StringComparer.Ordinal);
                var roles = scenario.State.Roles.Concat(all.OfType<CreateRole>().Select(r => r.Role)).ToHashSet(StringComparer.Ordinal);

                foreach (var operation in all)
                {
                    if (operation.EmployeeId() is { } id)
                    {
                        employeeIds.Should().Contain(id);
                    }

                    switch (operation)
                    {
                        case AssignTeam { TeamId: { } team }: teamIds.Should().Contain(team); break;
                        case RenameTeam rename: scenario.State.Teams.Should().Contain(t => t.TeamId == rename.TeamId); break;
                        case AssignRole { Role: { } role }: roles.Should().Contain(role); break;
                        case SetManager set: scenario.Snapshot.Employees.Should().Contain(e => e.EmployeeId == set.ManagerId); break;
                    }
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Plan_MessyOrganisations_NeverThrowAndApplyCleanly()
    {
        OrgGenerators.Scenario(messy: true).Sample(
            scenario =>
            {
                var plan = scenario.Plan();

                // Every operation finds its user when applied in order (the applier asserts it).
                StateApplier.Apply(scenario.State, plan, includeHeld: true);
            },
            iter: Iterations);
    }

    /// <summary>For a user linked by email or re-keyed in this plan, the Teammeter user it was before.</summary>
    private static TeammeterUser? SourceUserOf(ChangeSet plan, TeammeterState state, string employeeId)
    {
        var change = plan.Operations.OfType<UpdateUser>().Where(u => u.EmployeeId == employeeId)
            .SelectMany(u => u.Changes.Select(c => (Update: u, Change: c))).FirstOrDefault(x => x.Change.Field == UserField.EmployeeId);
        if (change.Update is null)
        {
            return null;
        }

        return change.Change.Before is { } before
            ? state.Users.First(u => u.EmployeeId == before)
            : state.Users.First(u => u.EmployeeId is null && string.Equals(u.Email?.Trim(), change.Update.MatchEmail, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Plan_ExcludedPeople_AreNeverCreatedInvitedChangedDeactivatedOrCountedByAGuard()
    {
        OrgGenerators.Scoped().Sample(
            scenario =>
            {
                var plan = scenario.Plan();
                var scope = scenario.Policy.Scope!;
                var byId = scenario.Snapshot.Employees.GroupBy(e => e.EmployeeId).ToList();

                // Ids whose every record the scope leaves out (a duplicate id keeps one record; mixed ids are skipped).
                var excluded = byId.Where(g => g.All(e => Excluded(e, scope))).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
                var all = plan.Operations.Concat(plan.Held).ToList();

                all.Should().NotContain(o => o.EmployeeId() != null && excluded.Contains(o.EmployeeId()!) && !(o is DeactivateUser), "an excluded person is never created, invited or changed");
                foreach (var deactivation in all.OfType<DeactivateUser>().Where(o => excluded.Contains(o.EmployeeId)))
                {
                    deactivation.Reason.Should().Be("OutOfScope", "an excluded person is deactivated only by approving the hold");
                    (scenario.Policy.ApproveHeldOperations || plan.Held.Contains(deactivation)).Should().BeTrue("the deactivation is held until approved");
                }

                // Guards name the linked users they measure against: excluded people are not among them. (An id with
                // records on both sides of the scope depends on which record is kept: such samples are not judged.)
                var mixed = byId.Where(g => !excluded.Contains(g.Key) && g.Any(e => Excluded(e, scope))).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
                if (scenario.State.Users.Any(u => u.EmployeeId is not null && mixed.Contains(u.EmployeeId)))
                {
                    return;
                }

                var linked = scenario.State.Users.Where(u => u.EmployeeId is not null && !excluded.Contains(u.EmployeeId)).ToList();
                foreach (var warning in plan.Warnings.Where(w => w.Code is SyncWarningCode.MassDeactivationHeld or SyncWarningCode.WrongOrganisationSuspected))
                {
                    warning.Message.Should().Contain($"of {linked.Count(u => u.IsActive)} active linked users");
                }

                foreach (var warning in plan.Warnings.Where(w => w.Code == SyncWarningCode.MassRekeyHeld))
                {
                    warning.Message.Should().Contain($"of {linked.Count} linked users");
                }
            },
            iter: Iterations);
    }

    /// <summary>The scope's rule, written out independently of the reconciler.</summary>
    private static bool Excluded(HrisEmployee employee, SyncScope scope)
    {
        static bool In(IReadOnlyList<string> list, string? value) => value is not null && list.Any(v => string.Equals(v.Trim(), value.Trim(), StringComparison.OrdinalIgnoreCase));
        var type = employee.EmploymentType?.ToString();
        var marked = scope.ExclusionAttribute is not null && employee.CustomAttributes!.TryGetValue(scope.ExclusionAttribute, out var value)
            && value?.Trim().ToLowerInvariant() is "true" or "yes" or "1";
        return marked
            || In(scope.ExcludeEmploymentTypes, type)
            || (scope.OnlyEmploymentTypes.Count > 0 && !In(scope.OnlyEmploymentTypes, type))
            || In(scope.ExcludeCompanies, employee.CompanyId)
            || (scope.OnlyCompanies.Count > 0 && !In(scope.OnlyCompanies, employee.CompanyId))
            || (employee.Department?.Id is { } department && scope.ExcludeDepartments.Contains(department.Trim()))
            || (employee.Team?.Id is { } team && scope.ExcludeTeams.Contains(team.Trim()));
    }
}
