using System.Globalization;
using Teammeter.Hris.Operations;

namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// The "why" of operations and warnings: a short explanation built from the HR facts behind them (status, dates,
/// team and position names, ids), for the person reviewing a plan. Names and emails never appear: the sentence may
/// be shown in support tooling.
/// </summary>
internal sealed class Explainer
{
    private readonly Dictionary<string, HrisEmployee> _employees;

    public Explainer(HrisSnapshot snapshot)
    {
        _employees = new Dictionary<string, HrisEmployee>(snapshot.Employees.Count, StringComparer.Ordinal);
        foreach (var employee in snapshot.Employees)
        {
            _employees.TryAdd(employee.EmployeeId, employee);
        }
    }

    public HrisEmployee? Employee(string? id) => id is not null && _employees.TryGetValue(id, out var employee) ? employee : null;

    public string Explain(SyncOperation operation)
    {
        var employee = Employee(OperationKeys.EmployeeOf(operation));
        return operation switch
        {
            CreateTeam o => $"Personio has a new team {o.TeamId} (\"{o.Name}\").",
            RenameTeam o => $"Personio renamed team {o.TeamId} from \"{o.OldName}\" to \"{o.NewName}\".",
            CreateRole o => $"Personio uses the new position \"{o.Role}\".",
            CreateUser { Reason: "EmailReused" } => $"New in Personio ({Facts(employee)}); the email belongs to a leaver's account under another HR id, so a person decides.",
            CreateUser => $"New in Personio: {Facts(employee)}.",
            UpdateUser o => Update(o),
            ReactivateUser => $"Personio: {Facts(employee)} again; the sync had deactivated this user (rehire).",
            DeactivateUser { Reason: "OutOfScope" } => "Now outside the tenant's sync scope; the sync neither deactivates nor changes the user on its own: approve to deactivate, reject to keep.",
            DeactivateUser { Reason: "MissingFromSnapshot" } => "No longer in Personio, and Personio never said the person left (no termination, no end date).",
            DeactivateUser => $"Personio: {Facts(employee)}.",
            AssignTeam { TeamId: null } => "Personio names no team for this person; the sync removes the membership it made.",
            AssignTeam o => $"Personio: team {o.TeamId}{Named(employee?.Team ?? employee?.Department)}.",
            AssignRole { Role: null } => "Personio names no position for this person; the sync removes the role it assigned.",
            AssignRole o => $"Personio: position \"{o.Role}\".",
            SetManager o => $"Personio: supervisor {o.ManagerId}.",
            ClearManager { Reason: "ManagerUnknown" } => $"Personio's supervisor {employee?.ManagerId} is not an active user; the sync had set this line.",
            ClearManager { Reason: "SelfManager" } => "Personio names the person as their own supervisor; the sync had set this line.",
            ClearManager { Reason: "ManagerCycle" } => "Personio's supervisor lines go round in a circle here; the sync had set this line.",
            ClearManager => "Personio names no supervisor; the sync had set this line.",
            SendInvitation { Reason: "NewHire" } => $"New hire with an email, started{Since(employee)}; invitations are released.",
            SendInvitation => $"Has an email, started{Since(employee)}, not invited yet; invitations are released.",
            _ => operation.Reason,
        };
    }

    public static string Explain(SyncWarning warning) => warning.Code switch
    {
        SyncWarningCode.WrongOrganisationSuspected => "This looks like another organisation's data (a wrong connection?): nothing was written. " + warning.Message,
        SyncWarningCode.CoachEditReplaced => "A coach set this manager; Personio now names another, and Personio's wins.",
        SyncWarningCode.EmailReused => "The email belongs to a leaver's account; decide whether this is a new person (free the address) or the same person rehired (relink).",
        SyncWarningCode.DeactivatedInTeammeter => "Deactivated in Teammeter by a coach while Personio says active; the sync leaves it so.",
        SyncWarningCode.MissingEmployeesHeld => "Gone from Personio without a termination; approve to deactivate, or reject to keep.",
        SyncWarningCode.OutOfScope => "Left the sync scope; approve the deactivation or reject it to keep the user as is. " + warning.Message,
        SyncWarningCode.ScopeAttributeMissing => "The scope needs an attribute the Personio credential does not deliver; allow it in Personio's API credentials. " + warning.Message,
        SyncWarningCode.MissingEmail => "No email in Personio or Teammeter: created without access until a coach adds one.",
        SyncWarningCode.MissingRequiredField => "The Personio credential does not deliver this attribute; allow it in Personio's API credentials. " + warning.Message,
        SyncWarningCode.MassDeactivationHeld => "More people would be deactivated than the tenant allows at once; review them. " + warning.Message,
        SyncWarningCode.MassRekeyHeld => "Many people came back under new Personio ids at once; review them. " + warning.Message,
        _ => warning.Message,
    };

    private static string Update(UpdateUser update)
    {
        var rekey = update.Changes.FirstOrDefault(c => c.Field == UserField.EmployeeId);
        if (rekey is { Before: null })
        {
            return "Linked to the account a coach created with the same email.";
        }

        if (rekey is not null)
        {
            return $"Personio id changed from {rekey.Before} to {rekey.After} (same email): the account is kept, not re-created.";
        }

        var fields = string.Join(", ", update.Changes.Select(c => c.Field switch
        {
            UserField.FirstName => "first name",
            UserField.LastName => "last name",
            _ => "email",
        }));
        return $"Personio changed the {fields}.";
    }

    private static string Facts(HrisEmployee? employee)
    {
        if (employee is null)
        {
            return "no record";
        }

        var facts = new List<string>(3) { $"status {Status(employee.Status)}" };
        if (employee.StartDate is { } start)
        {
            facts.Add($"start date {Date(start)}");
        }

        if (employee.EndDate is { } end)
        {
            facts.Add($"termination date {Date(end)}");
        }

        return string.Join(", ", facts);
    }

    private static string Since(HrisEmployee? employee) => employee?.StartDate is { } start ? " " + Date(start) : string.Empty;

    private static string Named(HrisOrgUnit? unit) => string.IsNullOrWhiteSpace(unit?.Name) ? string.Empty : $" (\"{unit.Name.Trim()}\")";

    private static string Status(HrisEmploymentStatus? status) => status?.ToString().ToLowerInvariant() ?? "not given";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
