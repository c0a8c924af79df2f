using Teammeter.Hris.Reconciliation;

namespace Teammeter.Hris.Tests.Reconciliation;

/// <summary>
/// Every sentence an operation's why can be, word for word: reviewers read them, the admin's notifications quote them,
/// and a stored plan keeps them. Built from HR facts only (status, dates, ids, unit and position names).
/// </summary>
public sealed class ExplainerTests
{
    private static readonly Explainer s_explainer = new(new HrisSnapshot(
        [
            new HrisEmployee
            {
                EmployeeId = "e1",
                FirstName = "Ann",
                Status = HrisEmploymentStatus.Active,
                StartDate = new DateOnly(2015, 7, 10),
                Team = new HrisOrgUnit("T1", " Sales "),
                Department = new HrisOrgUnit("D1", "Ops"),
                ManagerId = "m9",
            },
            new HrisEmployee
            {
                EmployeeId = "e2",
                Status = HrisEmploymentStatus.Terminated,
                StartDate = new DateOnly(2020, 1, 1),
                EndDate = new DateOnly(2026, 11, 20),
                Department = new HrisOrgUnit("D2", "  "),
            },
            new HrisEmployee { EmployeeId = "e3" },
            new HrisEmployee { EmployeeId = "e4", Status = HrisEmploymentStatus.Inactive, EndDate = new DateOnly(2026, 1, 31) },
            new HrisEmployee { EmployeeId = "e5", Status = (HrisEmploymentStatus)42 },
        ],
        DateTimeOffset.UnixEpoch));

    public static TheoryData<string, SyncOperation, string> Operations => new()
    {
        { "new team", new CreateTeam("T1", "Team \"A\"", "NewTeam"), "Personio has a new team T1 (\"Team \"A\"\")." },
        { "renamed team", new RenameTeam("T1", "Old", "New", "TeamRenamed"), "Personio renamed team T1 from \"Old\" to \"New\"." },
        { "new position", new CreateRole("Dev", "NewRole"), "Personio uses the new position \"Dev\"." },
        { "new employee", new CreateUser("e1", "Ann", null, null, "NewEmployee"), "New in Personio: status active, start date 2015-07-10." },
        { "new, no facts", new CreateUser("e3", null, null, null, "NewEmployee"), "New in Personio: status not given." },
        { "new, no record", new CreateUser("zz", null, null, null, "NewEmployee"), "New in Personio: no record." },
        { "new, unnamed status", new CreateUser("e5", null, null, null, "NewEmployee"), "New in Personio: status 42." },
        {
            "new, reused email", new CreateUser("e1", null, null, "a@example.com", "EmailReused"),
            "New in Personio (status active, start date 2015-07-10); the email belongs to a leaver's account under another HR id, so a person decides."
        },
        { "linked by email", new UpdateUser("e1", [new UserFieldChange(UserField.EmployeeId, null, "e1")], "LinkedByEmail"), "Linked to the account a coach created with the same email." },
        {
            "re-keyed", new UpdateUser("e1", [new UserFieldChange(UserField.EmployeeId, "a1", "e1")], "HrIdChanged"),
            "Personio id changed from a1 to e1 (same email): the account is kept, not re-created."
        },
        {
            "names and email", new UpdateUser("e1", [new UserFieldChange(UserField.FirstName, "A", "B"), new UserFieldChange(UserField.LastName, "C", "D"), new UserFieldChange(UserField.Email, null, "x@example.com")], "NameChanged"),
            "Personio changed the first name, last name, email."
        },
        { "rehire", new ReactivateUser("e1", "Rehired"), "Personio: status active, start date 2015-07-10 again; the sync had deactivated this user (rehire)." },
        {
            "out of scope", new DeactivateUser("e1", "OutOfScope"),
            "Now outside the tenant's sync scope; the sync neither deactivates nor changes the user on its own: approve to deactivate, reject to keep."
        },
        { "missing", new DeactivateUser("zz", "MissingFromSnapshot"), "No longer in Personio, and Personio never said the person left (no termination, no end date)." },
        { "terminated", new DeactivateUser("e2", "Terminated"), "Personio: status terminated, start date 2020-01-01, termination date 2026-11-20." },
        { "inactive, no start", new DeactivateUser("e4", "Inactive"), "Personio: status inactive, termination date 2026-01-31." },
        { "no team", new AssignTeam("e1", null, "T1", "TeamChanged"), "Personio names no team for this person; the sync removes the membership it made." },
        { "team, name trimmed", new AssignTeam("e1", "T1", null, "NewEmployee"), "Personio: team T1 (\"Sales\")." },
        { "department without a name", new AssignTeam("e2", "D2", null, "NewEmployee"), "Personio: team D2." },
        { "team, no record", new AssignTeam("zz", "T9", null, "NewEmployee"), "Personio: team T9." },
        { "no position", new AssignRole("e1", null, "Dev", "TitleChanged"), "Personio names no position for this person; the sync removes the role it assigned." },
        { "position", new AssignRole("e1", "Dev", null, "NewEmployee"), "Personio: position \"Dev\"." },
        { "supervisor", new SetManager("e1", "m9", null, "NewEmployee"), "Personio: supervisor m9." },
        { "supervisor unknown", new ClearManager("e1", "m1", "ManagerUnknown"), "Personio's supervisor m9 is not an active user; the sync had set this line." },
        { "own supervisor", new ClearManager("e1", "m1", "SelfManager"), "Personio names the person as their own supervisor; the sync had set this line." },
        { "cycle", new ClearManager("e1", "m1", "ManagerCycle"), "Personio's supervisor lines go round in a circle here; the sync had set this line." },
        { "no supervisor", new ClearManager("e1", "m1", "ManagerRemoved"), "Personio names no supervisor; the sync had set this line." },
        { "new hire", new SendInvitation("e1", "a@example.com", null, null, "k", "NewHire"), "New hire with an email, started 2015-07-10; invitations are released." },
        { "not invited yet", new SendInvitation("e3", "a@example.com", null, null, "k", "InvitationsReleased"), "Has an email, started, not invited yet; invitations are released." },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public void Explain_Operation_IsItsSentence(string label, SyncOperation operation, string expected)
    {
        s_explainer.Explain(operation).Should().Be(expected, label);
    }
}
