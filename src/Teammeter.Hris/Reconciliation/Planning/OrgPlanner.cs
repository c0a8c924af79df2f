namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// Plans what surrounds the users: teams, roles and reporting lines, in two passes over the employees shared by the
/// three planners: one reads the HR records, one compares with the Teammeter users. Each planner settles what needs
/// every employee (team names, role spellings, manager cycles) in between.
/// </summary>
/// <remarks>
/// One pass per planner read each employee's and each user's record three times; at 100,000 employees those reads
/// miss the CPU cache and cost more than the comparisons.
/// </remarks>
internal static class OrgPlanner
{
    public static void Plan(PlanContext context)
    {
        var teams = TeamPlanner.For(context);
        var roles = RolePlanner.For(context);
        var lines = ReportingLinePlanner.For(context);
        var count = context.Slots.Length;

        for (var i = 0; i < count; i++)
        {
            teams?.Collect(i);
            roles?.Collect(i);
            lines?.Collect(i);
        }

        teams?.Settle();
        roles?.Settle();
        lines?.Settle();

        for (var i = 0; i < count; i++)
        {
            teams?.Assign(i);
            roles?.Assign(i);
            lines?.Assign(i);
        }
    }
}
