namespace Teammeter.Hris.Reconciliation;

/// <summary>Rejects policy values that would make the guards meaningless.</summary>
internal static class PolicyValidation
{
    public static void ThrowIfInvalid(ReconcilePolicy policy)
    {
        if (policy.MassDeactivationMaxCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ReconcilePolicy.MassDeactivationMaxCount), policy.MassDeactivationMaxCount, "The count must not be negative.");
        }

        if (policy.MassCreationMaxCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ReconcilePolicy.MassCreationMaxCount), policy.MassCreationMaxCount, "The count must not be negative.");
        }

        ThrowIfNotShare(policy.MassDeactivationMaxShare, nameof(ReconcilePolicy.MassDeactivationMaxShare));
        ThrowIfNotShare(policy.MassCreationMaxShare, nameof(ReconcilePolicy.MassCreationMaxShare));
        ThrowIfNotShare(policy.MinSnapshotOverlap, nameof(ReconcilePolicy.MinSnapshotOverlap));
        ThrowIfNotShare(policy.RekeyMaxShare, nameof(ReconcilePolicy.RekeyMaxShare));

        if (!Enum.IsDefined(policy.TeamSource))
        {
            throw new ArgumentOutOfRangeException(nameof(ReconcilePolicy.TeamSource), policy.TeamSource, "Unknown team source.");
        }

        ScopeValidation.ThrowIfInvalid(policy.Scope);

        if (!Enum.IsDefined(policy.MissingEmployees))
        {
            throw new ArgumentOutOfRangeException(nameof(ReconcilePolicy.MissingEmployees), policy.MissingEmployees, "Unknown action.");
        }
    }

    private static void ThrowIfNotShare(double value, string name)
    {
        // Written so that NaN fails too.
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "The share must lie between 0 and 1.");
        }
    }
}
