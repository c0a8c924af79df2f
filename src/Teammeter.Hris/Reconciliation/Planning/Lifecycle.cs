namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// The lifecycle table of docs/reconciliation.md §5: whether an employee should be an active Teammeter user today. Its pass over
/// the records also matches each employee to a user by HR id (<see cref="IdentityMatcher.MatchById"/>): a second
/// pass cost as much again in cache misses on 100,000 records.
/// </summary>
internal static class Lifecycle
{
    /// <summary>Fills the lifecycle part of every slot (and its match by HR id) and warns about dates that make no sense.</summary>
    public static void Classify(PlanContext context)
    {
        var records = context.Employees.Records;
        var slots = context.Slots;
        var statusDelivered = context.Delivered(HrisFields.Status);
        var endDelivered = context.Delivered(HrisFields.EndDate);
        var startDelivered = context.Delivered(HrisFields.StartDate);
        var emailDelivered = context.Delivered(HrisFields.Email);
        var scope = context.Scope;

        for (var i = 0; i < records.Length; i++)
        {
            var employee = records[i];
            ref var slot = ref slots[i];
            slot.User = -1;
            slot.Email = emailDelivered ? Normalise.Text(employee.Email) : null;
            slot.EmailHash = slot.Email is null ? 0 : CaseInsensitiveHash.Of(slot.Email);
            slot.InactiveReason = InactiveReason(employee, context.Today, statusDelivered, endDelivered);
            slot.ShouldBeActive = slot.InactiveReason is null;
            IdentityMatcher.MatchById(context, i);
            if (scope is not null && scope.Check(employee) is { } exclusion)
            {
                LeaveOut(context, ref slot, exclusion);
                continue;
            }

            if (startDelivered && endDelivered && employee.EndDate < employee.StartDate)
            {
                context.Warn(SyncWarningCode.EndBeforeStart, "The end date lies before the start date; the end date decides.", employee.EmployeeId);
            }
        }
    }

    /// <summary>
    /// Warns when an in-scope employee who should be active has no name. Called from <see cref="UserPlanner"/>'s pass,
    /// which reads the names next anyway: in this class's pass the two strings cost two more cache misses.
    /// </summary>
    public static void WarnMissingName(PlanContext context, HrisEmployee employee, in EmployeeSlot slot)
    {
        if (slot.ShouldBeActive && context.Delivered(HrisFields.Names) && string.IsNullOrWhiteSpace(employee.FirstName) && string.IsNullOrWhiteSpace(employee.LastName))
        {
            context.Warn(SyncWarningCode.MissingName, "The employee has neither a first nor a last name; existing names are kept.", employee.EmployeeId);
        }
    }

    /// <summary>
    /// Marks an out-of-scope employee: no email (so it matches and conflicts with nobody), and counted, unless it is
    /// neither active in HR nor a user of Teammeter. Its linked user, if any, counts toward no guard.
    /// </summary>
    private static void LeaveOut(PlanContext context, ref EmployeeSlot slot, ScopeExclusion exclusion)
    {
        slot.OutOfScope = exclusion;
        slot.Email = null;
        slot.EmailHash = 0;
        var activeUser = false;
        if (slot.User >= 0)
        {
            activeUser = context.Users.Users[slot.User].IsActive;
            context.OutOfScopeLinked++;
            context.OutOfScopeActiveLinked += activeUser ? 1 : 0;
        }

        if (slot.ShouldBeActive || activeUser)
        {
            context.Scope!.Count(exclusion);
        }
    }

    /// <summary>Whether the employee's start date (when delivered) still lies ahead: no invitation yet.</summary>
    public static bool StartsLater(HrisEmployee employee, PlanContext context) =>
        context.Delivered(HrisFields.StartDate) && employee.StartDate > context.Today;

    private static string? InactiveReason(HrisEmployee employee, DateOnly today, bool statusDelivered, bool endDelivered)
    {
        if (statusDelivered && employee.Status == HrisEmploymentStatus.Terminated)
        {
            return SyncReasons.Terminated;
        }

        if (statusDelivered && employee.Status == HrisEmploymentStatus.Inactive)
        {
            return SyncReasons.Inactive;
        }

        return endDelivered && employee.EndDate <= today ? SyncReasons.EndDateReached : null;
    }
}
