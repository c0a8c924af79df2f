namespace Teammeter.Hris.Reconciliation;

/// <summary>The steps of one plan, in the order their decisions depend on each other.</summary>
internal static class ReconcileRun
{
    private static readonly HrisFields[] s_fields =
    [
        HrisFields.Names, HrisFields.Email, HrisFields.Status, HrisFields.StartDate, HrisFields.EndDate,
        HrisFields.Title, HrisFields.Team, HrisFields.Department, HrisFields.Manager,
    ];

    public static ChangeSet Execute(PlanContext context)
    {
        WarnMissingFields(context);

        context.Employees = EmployeeIndex.Build(context);
        context.Scope = ScopeFilter.For(context);
        context.Slots = new EmployeeSlot[context.Employees.Count];
        context.Users = UserIndex.Build(context);
        context.Deactivating = new bool[context.Users.Users.Length];

        Lifecycle.Classify(context);
        IdentityMatcher.Match(context);
        MassChangeGuard.GuardRekeys(context);
        UserPlanner.Plan(context);
        MassChangeGuard.GuardDeactivations(context);
        OrgPlanner.Plan(context);
        InvitationPlanner.Plan(context);
        EmptyTeams.Warn(context);
        MassChangeGuard.GuardOrganisation(context);

        return context.Plan.Build(context.Scope?.Counts());
    }

    private static void WarnMissingFields(PlanContext context)
    {
        foreach (var field in s_fields)
        {
            if (!context.Delivered(field))
            {
                // Without start dates a future starter looks already started: invitations wait for a person.
                var consequence = field == HrisFields.StartDate
                    ? "invitations are held for approval, since a future starter would look already started"
                    : "that attribute is left untouched";
                context.Warn(
                    SyncWarningCode.MissingRequiredField,
                    $"The HR source did not deliver '{field}'; {consequence}.",
                    relatedIds: [field.ToString()]);
            }
        }
    }
}
