namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// Plans invitations once the tenant released them: every active, started, not-yet-invited user with an
/// unambiguous email. Users created in this run are invited only when the policy invites new hires automatically.
/// </summary>
internal static class InvitationPlanner
{
    public static void Plan(PlanContext context)
    {
        var records = context.Employees.Records;
        var slots = context.Slots;
        var policy = context.Policy;

        // Without start dates, a future starter cannot be told from a colleague (docs/personio-setup.md asks for the
        // Hire date attribute): every invitation waits for a person's approval.
        // Likewise when the scope could not be applied: an invitation could reach someone the scope leaves out.
        var holdAll = (!context.Delivered(HrisFields.StartDate) || context.ScopeBlind) && !policy.ApproveHeldOperations;

        for (var i = 0; i < records.Length; i++)
        {
            var slot = slots[i];
            if (!slot.WillBeActive)
            {
                continue;
            }

            var employee = records[i];
            var email = UserUpdate.FinalEmail(context, slot);
            if (email is null)
            {
                context.Warn(SyncWarningCode.MissingEmail, "The employee has no email in HR or Teammeter; they cannot be invited until one is added.", employee.EmployeeId);
                continue;
            }

            var invited = !slot.Created && context.Users.Users[slot.User].IsInvited;
            if (!policy.InvitationsReleased || invited || slot.EmailConflict || slot.EmailInUse
                || Lifecycle.StartsLater(employee, context) || (slot.Created && !policy.AutoInviteNewHires))
            {
                continue;
            }

            var (firstName, lastName) = UserUpdate.FinalNames(context, employee, slot);
            var invitation = new SendInvitation(
                employee.EmployeeId,
                email,
                firstName,
                lastName,
                $"invite:{context.State.TenantId}:{employee.EmployeeId}",
                slot.Created ? SyncReasons.NewHire : SyncReasons.InvitationsReleased);
            if (holdAll)
            {
                context.Plan.Hold(invitation);
            }
            else
            {
                context.Plan.Add(invitation);
            }
        }
    }
}
