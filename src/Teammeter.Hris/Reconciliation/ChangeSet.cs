namespace Teammeter.Hris;

/// <summary>
/// The plan a reconciliation produces: operations in apply order, operations the safety guards held for
/// approval, and warnings. Plans are data: equal inputs give equal plans, so they can be diffed and reviewed.
/// </summary>
public sealed class ChangeSet : IEquatable<ChangeSet>
{
    /// <summary>Creates a change set.</summary>
    /// <param name="operations">Operations to apply, in apply order.</param>
    /// <param name="held">Operations a guard held; applied only after explicit approval.</param>
    /// <param name="warnings">Warnings, in a stable order.</param>
    public ChangeSet(IReadOnlyList<SyncOperation> operations, IReadOnlyList<SyncOperation> held, IReadOnlyList<SyncWarning> warnings)
    {
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(held);
        ArgumentNullException.ThrowIfNull(warnings);
        Operations = operations;
        Held = held;
        Warnings = warnings;
    }

    /// <summary>Operations to apply, in apply order.</summary>
    public IReadOnlyList<SyncOperation> Operations { get; }

    /// <summary>Operations a guard held for approval (mass deactivations, mass re-keys).</summary>
    public IReadOnlyList<SyncOperation> Held { get; }

    /// <summary>Warnings, in a stable order.</summary>
    public IReadOnlyList<SyncWarning> Warnings { get; }

    /// <summary>
    /// How many people the tenant's <see cref="SyncScope"/> left out, by the first reason that applies: employees who
    /// would otherwise be active users, and linked users held because they left the scope. Empty without a scope.
    /// </summary>
    public IReadOnlyDictionary<ScopeExclusion, int> ExcludedCounts { get; init; } = s_noExclusions;

    private static readonly IReadOnlyDictionary<ScopeExclusion, int> s_noExclusions = new SortedDictionary<ScopeExclusion, int>();

    /// <summary>Whether there is nothing to apply and nothing held.</summary>
    public bool IsEmpty => Operations.Count == 0 && Held.Count == 0;

    /// <summary>Counts the operations to apply, by kind.</summary>
    /// <returns>A count for every kind that occurs.</returns>
    public IReadOnlyDictionary<SyncOperationKind, int> CountByKind()
    {
        var counts = new SortedDictionary<SyncOperationKind, int>();
        foreach (var operation in Operations)
        {
            counts[operation.Kind] = counts.GetValueOrDefault(operation.Kind) + 1;
        }

        return counts;
    }

    /// <inheritdoc />
    public bool Equals(ChangeSet? other) =>
        other is not null
        && Operations.SequenceEqual(other.Operations)
        && Held.SequenceEqual(other.Held)
        && Warnings.SequenceEqual(other.Warnings)
        && ExcludedCounts.OrderBy(c => c.Key).SequenceEqual(other.ExcludedCounts.OrderBy(c => c.Key));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ChangeSet);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Operations.Count, Held.Count, Warnings.Count);
}
