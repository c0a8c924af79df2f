namespace Teammeter.Hris.Reconciliation;

/// <summary>Builds the <see cref="UpdateUser"/> for a matched user, or nothing when no attribute changed (no allocation then).</summary>
internal static class UserUpdate
{
    public static UpdateUser? Build(PlanContext context, HrisEmployee employee, in EmployeeSlot slot)
    {
        var user = context.Users.Users[slot.User];
        List<UserFieldChange>? changes = null;
        string? reason = null;
        string? matchEmail = null;

        if (slot.Match == MatchKind.LinkedByEmail)
        {
            Add(ref changes, ref reason, new UserFieldChange(UserField.EmployeeId, null, employee.EmployeeId), SyncReasons.LinkedByEmail);
            matchEmail = Normalise.MatchEmail(user.Email);
        }
        else if (slot.Match == MatchKind.Rekeyed)
        {
            Add(ref changes, ref reason, new UserFieldChange(UserField.EmployeeId, user.EmployeeId, employee.EmployeeId), SyncReasons.HrIdChanged);
        }

        if (context.Delivered(HrisFields.Names))
        {
            // A blank HR name never clears a name Teammeter has.
            if (Normalise.Text(employee.FirstName) is { } first && !string.Equals(first, user.FirstName, StringComparison.Ordinal))
            {
                Add(ref changes, ref reason, new UserFieldChange(UserField.FirstName, user.FirstName, first), SyncReasons.NameChanged);
            }

            if (Normalise.Text(employee.LastName) is { } last && !string.Equals(last, user.LastName, StringComparison.Ordinal))
            {
                Add(ref changes, ref reason, new UserFieldChange(UserField.LastName, user.LastName, last), SyncReasons.NameChanged);
            }
        }

        // HR's email wins when HR has one; without one, a coach-entered email stays.
        if (slot.EmailUsable && !string.Equals(slot.Email, user.Email, StringComparison.Ordinal))
        {
            Add(ref changes, ref reason, new UserFieldChange(UserField.Email, user.Email, slot.Email), SyncReasons.EmailChanged);
        }

        return changes is null ? null : new UpdateUser(employee.EmployeeId, changes, reason!, matchEmail);
    }

    /// <summary>The user's email once the plan is applied.</summary>
    public static string? FinalEmail(PlanContext context, in EmployeeSlot slot)
    {
        var email = slot.EmailUsable ? slot.Email : null;
        return email is not null || slot.Created ? email : Normalise.Text(context.Users.Users[slot.User].Email);
    }

    /// <summary>The user's names once the plan is applied (read only when needed: two more strings per employee).</summary>
    public static (string? FirstName, string? LastName) FinalNames(PlanContext context, HrisEmployee employee, in EmployeeSlot slot)
    {
        var names = context.Delivered(HrisFields.Names);
        var first = names ? Normalise.Text(employee.FirstName) : null;
        var last = names ? Normalise.Text(employee.LastName) : null;
        if (slot.Created)
        {
            return (first, last);
        }

        var user = context.Users.Users[slot.User];
        return (first ?? user.FirstName, last ?? user.LastName);
    }

    private static void Add(ref List<UserFieldChange>? changes, ref string? reason, UserFieldChange change, string why)
    {
        (changes ??= new List<UserFieldChange>(2)).Add(change);
        reason ??= why;
    }
}
