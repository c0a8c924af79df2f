using CsCheck;

namespace Teammeter.Hris.Tests.Reconciliation.Helpers;

/// <summary>
/// CsCheck generators for small, messy organisations over a pool of 15 employee ids, so that links, re-keys,
/// duplicates, cycles, self-managers and unknown managers occur often.
/// </summary>
internal static class OrgGenerators
{
    private const int Pool = 15;

    private static readonly Gen<string> s_id = Gen.Int[0, Pool - 1].Select(i => "e" + i);

    private static readonly Gen<string?> s_name = Gen.OneOfConst<string?>("Ann", " Bob ", "Cy", "", "  ", null);

    private static readonly Gen<string?> s_title = Gen.OneOfConst<string?>("Engineer", "engineer ", "Senior  Engineer", "senior engineer", "Coach", "   ", null);

    private static readonly Gen<HrisOrgUnit?> s_unit = Gen.OneOfConst<HrisOrgUnit?>(
        null, new("T1", "Team One"), new("T1", "Team 1"), new("T2", "Team Two"), new("T3", " "), new(" ", "Blank"));

    private static readonly Gen<HrisEmploymentStatus?> s_status = Gen.OneOfConst<HrisEmploymentStatus?>(
        HrisEmploymentStatus.Active, HrisEmploymentStatus.Active, HrisEmploymentStatus.Inactive,
        HrisEmploymentStatus.Terminated, HrisEmploymentStatus.Other, null);

    private static readonly Gen<DateOnly?> s_start = Gen.Frequency(
        (4, Gen.Int[-400, 60].Select(d => (DateOnly?)Org.Today.AddDays(d))), (1, Gen.Const((DateOnly?)null)));

    private static readonly Gen<DateOnly?> s_end = Gen.Frequency(
        (4, Gen.Const((DateOnly?)null)), (1, Gen.Int[-60, 60].Select(d => (DateOnly?)Org.Today.AddDays(d))));

    private static readonly Gen<string?> s_manager = Gen.Frequency(
        (1, Gen.Const((string?)null)), (4, s_id.Select(id => (string?)id)), (1, Gen.Const((string?)"x-unknown")));

    private static readonly Gen<DateTimeOffset?> s_updated = Gen.OneOfConst<DateTimeOffset?>(
        null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1));

    /// <summary>An organisation; <paramref name="messy"/> adds emails shared across ids and source fields left out.</summary>
    public static Gen<OrgScenario> Scenario(bool messy) =>
        from employees in Employee(messy).Array[0, 25]
        from users in User(messy).Array[0, 20]
        from teams in Gen.OneOfConst(new TeammeterTeam("T1", "Team One"), new TeammeterTeam("T2", "Old name"), new TeammeterTeam("T9", "Ghost")).Array[0, 3]
        from roles in Gen.OneOfConst("Engineer", "engineer", "Coach", "Manager").Array[0, 4]
        from missing in messy ? Gen.OneOfConst(HrisFields.None, HrisFields.None, HrisFields.None, HrisFields.Email, HrisFields.Team | HrisFields.Manager, HrisFields.Status, HrisFields.Names | HrisFields.Title) : Gen.Const(HrisFields.None)
        from policy in Policy()
        from seed in Gen.Int
        select new OrgScenario(
            new HrisSnapshot(employees, DateTimeOffset.UnixEpoch, missing),
            new TeammeterState(Org.Tenant, DistinctLinked(users), teams.DistinctBy(t => t.TeamId).ToArray(), roles.Distinct().ToArray(), invitationsReleased: policy.InvitationsReleased),
            policy,
            seed);

    /// <summary>
    /// An organisation whose employees all carry an employment type, a company and the exclusion attribute (so no part
    /// of the scope is blind), with a generated scope.
    /// </summary>
    public static Gen<OrgScenario> Scoped() =>
        from scenario in Scenario(messy: true)
        from types in Gen.OneOfConst(HrisEmploymentType.Employee, HrisEmploymentType.Contractor, HrisEmploymentType.Freelance, HrisEmploymentType.Internship).Array[scenario.Snapshot.Employees.Count]
        from companies in Gen.OneOfConst("c1", "c2", " c3 ").Array[scenario.Snapshot.Employees.Count]
        from marks in Gen.OneOfConst<string?>("true", "Yes", "1", "false", "no", null).Array[scenario.Snapshot.Employees.Count]
        from scope in Scope()
        let employees = scenario.Snapshot.Employees.Select((e, i) => e with
        {
            EmploymentType = types[i],
            CompanyId = companies[i],
            CustomAttributes = new([new("Exclude from Teammeter", marks[i])]),
        }).ToArray()
        select scenario with
        {
            Snapshot = new HrisSnapshot(employees, DateTimeOffset.UnixEpoch, HrisFields.None),
            Policy = scenario.Policy with { Scope = scope },
        };

    private static Gen<SyncScope> Scope() =>
        from excludeTypes in Gen.OneOfConst<string[]>([], ["contractor"], ["Contractor", "freelance"])
        from onlyTypes in Gen.OneOfConst<string[]>([], [], ["employee", "internship"])
        from excludeCompanies in Gen.OneOfConst<string[]>([], ["c2"])
        from onlyCompanies in Gen.OneOfConst<string[]>([], [], ["c1", "c3"])
        from departments in Gen.OneOfConst<string[]>([], ["T2"])
        from teams in Gen.OneOfConst<string[]>([], ["T1"])
        from attribute in Gen.OneOfConst<string?>(null, "exclude from teammeter")
        select new SyncScope
        {
            ExcludeEmploymentTypes = excludeTypes,
            OnlyEmploymentTypes = onlyTypes,
            ExcludeCompanies = excludeCompanies,
            OnlyCompanies = onlyCompanies,
            ExcludeDepartments = departments,
            ExcludeTeams = teams,
            ExclusionAttribute = attribute,
        };

    public static Gen<ReconcilePolicy> Policy() =>
        from released in Gen.Bool
        from auto in Gen.Bool
        from source in Gen.OneOfConst(TeamSource.Team, TeamSource.Department)
        from keep in Gen.OneOfConst(MissingEmployeeAction.Hold, MissingEmployeeAction.Deactivate, MissingEmployeeAction.Keep)
        from approve in Gen.Bool
        from lenientOrganisationGuard in Gen.Bool
        select new ReconcilePolicy
        {
            InvitationsReleased = released,
            AutoInviteNewHires = auto,
            TeamSource = source,
            MissingEmployees = keep,
            ApproveHeldOperations = approve,

            // Small generated organisations trip the wrong-organisation guard often; half the time it is lenient so
            // the other rules are exercised too.
            MassCreationMaxShare = lenientOrganisationGuard ? 1 : 0.5,
            MinSnapshotOverlap = lenientOrganisationGuard ? 0 : 0.5,
        };

    private static Gen<HrisEmployee> Employee(bool messy) =>
        from id in s_id
        from first in s_name
        from last in s_name
        from email in Email(id, messy)
        from status in s_status
        from start in s_start
        from end in s_end
        from title in s_title
        from team in s_unit
        from department in s_unit
        from manager in s_manager
        from updated in s_updated
        select new HrisEmployee
        {
            EmployeeId = id, FirstName = first, LastName = last, Email = email, Status = status, StartDate = start, EndDate = end,
            Title = title, Team = team, Department = department, ManagerId = manager, UpdatedAt = updated,
        };

    /// <summary>Linked users (some to ids no longer in HR, carrying a current employee's email: re-keys) and unlinked users.</summary>
    private static Gen<TeammeterUser> User(bool messy) =>
        from kind in Gen.Int[0, 3]
        from id in s_id
        from n in Gen.Int[0, 9]
        from email in Email(id, messy)
        from first in s_name
        from active in Gen.Frequency((4, Gen.Const(true)), (1, Gen.Const(false)))
        from team in Gen.OneOfConst<string?>(null, "T1", "T2", "T9")
        from role in Gen.OneOfConst<string?>(null, "Engineer", "engineer", "Coach")
        from manager in s_manager
        from invited in Gen.Bool
        from managerBySync in Gen.Bool
        from deactivatedBySync in Gen.Bool
        select new TeammeterUser
        {
            EmployeeId = kind switch { 0 or 1 => id, 2 => "old" + n, _ => null },
            Email = kind == 1 ? $"coach{n}@example.com" : email,
            FirstName = first,
            IsActive = active,
            TeamId = team,
            SyncedRole = role,
            ManagerId = manager,
            ManagerSetBySync = managerBySync,
            DeactivatedBySync = !active && deactivatedBySync,
            IsInvited = invited,
        };

    private static Gen<string?> Email(string id, bool messy) => messy
        ? Gen.OneOfConst<string?>($"{id}@example.com", $" {id.ToUpperInvariant()}@Example.com ", "shared@example.com", null, "  ")
        : Gen.OneOfConst<string?>($"{id}@example.com", $" {id.ToUpperInvariant()}@Example.com ", null);

    private static TeammeterUser[] DistinctLinked(TeammeterUser[] users) =>
        users.Where(u => u.EmployeeId is null).Concat(users.Where(u => u.EmployeeId is not null).DistinctBy(u => u.EmployeeId)).ToArray();
}
