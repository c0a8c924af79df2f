namespace Teammeter.Hris.Tests.Reconciliation.Helpers;

/// <summary>One generated organisation: what HR says, what Teammeter has, the tenant's policy, and a shuffle seed.</summary>
internal sealed record OrgScenario(HrisSnapshot Snapshot, TeammeterState State, ReconcilePolicy Policy, int ShuffleSeed)
{
    public ChangeSet Plan() => OrgReconciler.Plan(Snapshot, State, Policy, Org.Today);

    /// <summary>The same organisation with every input list in another order.</summary>
    public OrgScenario Shuffled()
    {
        var random = new Random(ShuffleSeed);
        var snapshot = new HrisSnapshot(Shuffle(Snapshot.Employees, random), Snapshot.ReadAt, Snapshot.MissingFields);
        var state = new TeammeterState(
            State.TenantId,
            Shuffle(State.Users, random),
            Shuffle(State.Teams, random),
            Shuffle(State.Roles, random),
            State.InvitationsReleased);
        return this with { Snapshot = snapshot, State = state };
    }

    public override string ToString() =>
        $"{Snapshot.Employees.Count} employees, {State.Users.Count} users, missing {Snapshot.MissingFields}, {Policy}";

    private static T[] Shuffle<T>(IReadOnlyList<T> items, Random random)
    {
        var copy = items.ToArray();
        random.Shuffle(copy);
        return copy;
    }
}
