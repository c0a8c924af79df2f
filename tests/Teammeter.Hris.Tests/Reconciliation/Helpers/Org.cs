namespace Teammeter.Hris.Tests.Reconciliation.Helpers;

/// <summary>Builders for small organisations: an employee and the user that is fully in sync with it.</summary>
internal static class Org
{
    public const string Tenant = "t1";

    public static readonly DateOnly Today = new(2026, 11, 25);

    public static readonly HrisOrgUnit TeamOne = new("T1", "Team One");

    /// <summary>Invitations released, guards at their defaults.</summary>
    public static readonly ReconcilePolicy Released = new() { InvitationsReleased = true };

    /// <summary><see cref="Released"/>, with users missing from a snapshot deactivated automatically (under the guard).</summary>
    public static readonly ReconcilePolicy ReleasedAutoDeactivate = Released with { MissingEmployees = MissingEmployeeAction.Deactivate };

    public static HrisEmployee Employee(string id) => new()
    {
        EmployeeId = id,
        FirstName = "F" + id,
        LastName = "L" + id,
        Email = id + "@example.com",
        Status = HrisEmploymentStatus.Active,
        StartDate = new DateOnly(2020, 1, 1),
        Title = "Engineer",
        Team = TeamOne,
        Department = new HrisOrgUnit("D1", "Dept One"),
    };

    /// <summary>The user an already synced, invited <see cref="Employee"/> has.</summary>
    public static TeammeterUser User(string id) => new()
    {
        EmployeeId = id,
        FirstName = "F" + id,
        LastName = "L" + id,
        Email = id + "@example.com",
        TeamId = TeamOne.Id,
        SyncedRole = "Engineer",
        IsInvited = true,
        ManagerSetBySync = true,
    };

    public static HrisSnapshot Snapshot(params HrisEmployee[] employees) => new(employees, DateTimeOffset.UnixEpoch);

    public static TeammeterState State(params TeammeterUser[] users) =>
        new(Tenant, users, [new TeammeterTeam(TeamOne.Id, TeamOne.Name)], ["Engineer"], invitationsReleased: true);

    public static ChangeSet Plan(HrisSnapshot snapshot, TeammeterState state, ReconcilePolicy? policy = null) =>
        OrgReconciler.Plan(snapshot, state, policy ?? Released, Today);

    public static ChangeSet Plan(HrisEmployee[] employees, TeammeterUser[] users, ReconcilePolicy? policy = null) =>
        Plan(Snapshot(employees), State(users), policy);

    public static IEnumerable<SyncWarningCode> Codes(this ChangeSet plan) => plan.Warnings.Select(w => w.Code);

    /// <summary>The employee an operation concerns, or <see langword="null"/> for team and role operations.</summary>
    public static string? EmployeeId(this SyncOperation operation) => global::Teammeter.Hris.Operations.OperationKeys.EmployeeOf(operation);
}
