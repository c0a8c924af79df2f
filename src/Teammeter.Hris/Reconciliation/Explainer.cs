using System.Globalization;
using System.Runtime.CompilerServices;
using Teammeter.Hris.Operations;

namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// The "why" of operations and warnings: a short explanation built from the HR facts behind them (status, dates,
/// team and position names, ids), for the person reviewing a plan. Names and emails never appear: the sentence may
/// be shown in support tooling.
/// </summary>
internal sealed class Explainer
{
    private const string DateFormat = "yyyy-MM-dd";

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

    /// <remarks>
    /// An initial sync explains every one of its operations (about 250,000 for 50,000 people) for the review and the
    /// sample's report, so each sentence is built in one buffer and made one string, and a person's record is looked
    /// up only by the sentences that use it.
    /// </remarks>
    public string Explain(SyncOperation operation) => operation switch
    {
        CreateTeam o => $"Personio has a new team {o.TeamId} (\"{o.Name}\").",
        RenameTeam o => $"Personio renamed team {o.TeamId} from \"{o.OldName}\" to \"{o.NewName}\".",
        CreateRole o => $"Personio uses the new position \"{o.Role}\".",
        CreateUser { Reason: "EmailReused" } o => WithFacts("New in Personio (", Employee(o.EmployeeId), "); the email belongs to a leaver's account under another HR id, so a person decides."),
        CreateUser o => WithFacts("New in Personio: ", Employee(o.EmployeeId), "."),
        UpdateUser o => Update(o),
        ReactivateUser o => WithFacts("Personio: ", Employee(o.EmployeeId), " again; the sync had deactivated this user (rehire)."),
        DeactivateUser { Reason: "OutOfScope" } => "Now outside the tenant's sync scope; the sync neither deactivates nor changes the user on its own: approve to deactivate, reject to keep.",
        DeactivateUser { Reason: "MissingFromSnapshot" } => "No longer in Personio, and Personio never said the person left (no termination, no end date).",
        DeactivateUser o => WithFacts("Personio: ", Employee(o.EmployeeId), "."),
        AssignTeam { TeamId: null } => "Personio names no team for this person; the sync removes the membership it made.",
        AssignTeam o => Team(o.TeamId!, Employee(o.EmployeeId)),
        AssignRole { Role: null } => "Personio names no position for this person; the sync removes the role it assigned.",
        AssignRole o => $"Personio: position \"{o.Role}\".",
        SetManager o => $"Personio: supervisor {o.ManagerId}.",
        ClearManager { Reason: "ManagerUnknown" } o => $"Personio's supervisor {Employee(o.EmployeeId)?.ManagerId} is not an active user; the sync had set this line.",
        ClearManager { Reason: "SelfManager" } => "Personio names the person as their own supervisor; the sync had set this line.",
        ClearManager { Reason: "ManagerCycle" } => "Personio's supervisor lines go round in a circle here; the sync had set this line.",
        ClearManager => "Personio names no supervisor; the sync had set this line.",
        SendInvitation { Reason: "NewHire" } o => Started("New hire with an email, started", Employee(o.EmployeeId), "; invitations are released."),
        SendInvitation o => Started("Has an email, started", Employee(o.EmployeeId), ", not invited yet; invitations are released."),
        _ => operation.Reason,
    };

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

    /// <summary><paramref name="before"/>, the person's status and dates ("no record" without one), <paramref name="after"/>.</summary>
    private static string WithFacts(string before, HrisEmployee? employee, string after)
    {
        var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[128]);
        text.AppendLiteral(before);
        if (employee is null)
        {
            text.AppendLiteral("no record");
        }
        else
        {
            text.AppendLiteral("status ");
            text.AppendLiteral(Status(employee.Status));
            if (employee.StartDate is { } start)
            {
                text.AppendLiteral(", start date ");
                text.AppendFormatted(start, DateFormat);
            }

            if (employee.EndDate is { } end)
            {
                text.AppendLiteral(", termination date ");
                text.AppendFormatted(end, DateFormat);
            }
        }

        text.AppendLiteral(after);
        return text.ToStringAndClear();
    }

    /// <summary>The unit's name in quotes after its id, when it has one that is more than white space.</summary>
    private static string Team(string teamId, HrisEmployee? employee)
    {
        var unit = employee?.Team ?? employee?.Department;
        var name = (unit?.Name).AsSpan().Trim();
        return name.IsEmpty ? $"Personio: team {teamId}." : $"Personio: team {teamId} (\"{name}\").";
    }

    /// <summary><paramref name="before"/>, the start date after a space when there is one, <paramref name="after"/>.</summary>
    private static string Started(string before, HrisEmployee? employee, string after)
    {
        var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[128]);
        text.AppendLiteral(before);
        if (employee?.StartDate is { } start)
        {
            text.AppendLiteral(" ");
            text.AppendFormatted(start, DateFormat);
        }

        text.AppendLiteral(after);
        return text.ToStringAndClear();
    }

    private static string Status(HrisEmploymentStatus? status) => status switch
    {
        null => "not given",
        HrisEmploymentStatus.Active => "active",
        HrisEmploymentStatus.Inactive => "inactive",
        HrisEmploymentStatus.Terminated => "terminated",
        HrisEmploymentStatus.Other => "other",
        { } unnamed => unnamed.ToString().ToLowerInvariant(),
    };
}
