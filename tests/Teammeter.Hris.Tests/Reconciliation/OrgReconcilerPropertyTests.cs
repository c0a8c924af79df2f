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
                    .Where(u => u.ExternalId is not null && u.ManagerId is not null && !u.ManagerSetBySync)
                    .Select(u => u.ExternalId!)
                    .ToHashSet(StringComparer.Ordinal);
                var coachDeactivated = scenario.State.Users
                    .Where(u => u.ExternalId is not null && !u.IsActive && !u.DeactivatedBySync)
                    .Select(u => u.ExternalId!)
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
                    .Select(e => e with { Id = "other-" + e.Id, Email = e.Email is null ? null : "other-" + e.Email.Trim(), ManagerId = e.ManagerId is null ? null : "other-" + e.ManagerId })
                    .ToArray();
                var policy = scenario.Policy with { ApproveHeldOperations = false, MinSnapshotOverlap = 0.5 };

                var plan = OrgReconciler.Plan(new HrisSnapshot(foreign, scenario.Snapshot.ReadAt, scenario.Snapshot.MissingFields), scenario.State, policy, Org.Today);

                if (scenario.State.Users.Any(u => u.ExternalId is not null && u.IsActive))
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
                    var records = scenario.Snapshot.Employees.Where(e => e.Id == invitation.EmployeeId).ToList();
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

                    scenario.State.Users.Should().NotContain(u => u.ExternalId == invitation.EmployeeId && u.IsInvited);
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
                var employeeIds = scenario.Snapshot.Employees.Select(e => e.Id)
                    .Concat(scenario.State.Users.Select(u => u.ExternalId).OfType<string>()).ToHashSet(StringComparer.Ordinal);
                var teamIds = scenario.State.Teams.Select(t => t.ExternalId).Concat(all.OfType<CreateTeam>().Select(t => t.TeamId)).ToHashSet(StringComparer.Ordinal);
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
                        case RenameTeam rename: scenario.State.Teams.Should().Contain(t => t.ExternalId == rename.TeamId); break;
                        case AssignRole { Role: { } role }: roles.Should().Contain(role); break;
                        case SetManager set: scenario.Snapshot.Employees.Should().Contain(e => e.Id == set.ManagerId); break;
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
            .SelectMany(u => u.Changes.Select(c => (Update: u, Change: c))).FirstOrDefault(x => x.Change.Field == UserField.ExternalId);
        if (change.Update is null)
        {
            return null;
        }

        return change.Change.Before is { } before
            ? state.Users.First(u => u.ExternalId == before)
            : state.Users.First(u => u.ExternalId is null && string.Equals(u.Email?.Trim(), change.Update.MatchEmail, StringComparison.OrdinalIgnoreCase));
    }
}
