using Teammeter.Hris.Reconciliation;

namespace Teammeter.Hris;

/// <summary>
/// Plans how a tenant's Teammeter organisation must change to match its HR system. Pure and deterministic:
/// no I/O, no clock, no randomness; equal inputs (in any list order) give an equal plan.
/// </summary>
/// <remarks>The rules are described in <c>docs/reconciliation.md</c>.</remarks>
public static class OrgReconciler
{
    /// <summary>Plans the operations that bring <paramref name="state"/> in line with <paramref name="snapshot"/>.</summary>
    /// <param name="snapshot">A complete read of the HR organisation.</param>
    /// <param name="state">What the tenant currently has in Teammeter.</param>
    /// <param name="policy">The tenant's choices (invitations, team source, guards).</param>
    /// <param name="today">Today's date in the tenant's time zone; decides start and end dates.</param>
    /// <returns>The operations in apply order, the operations held by the guards, and warnings.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A policy value is out of range; the exception names the property.</exception>
    /// <remarks>Bad HR data never throws: every oddity gets a defined outcome and a <see cref="SyncWarning"/>.</remarks>
    public static ChangeSet Plan(HrisSnapshot snapshot, TeammeterState state, ReconcilePolicy policy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(policy);
        PolicyValidation.ThrowIfInvalid(policy);

        return ReconcileRun.Execute(new PlanContext(snapshot, state, policy, today));
    }
}
