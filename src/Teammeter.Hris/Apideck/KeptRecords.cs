using System.Runtime.InteropServices;

namespace Teammeter.Hris.Apideck;

/// <summary>
/// The records a read has kept, to collapse identical repeats: keyed by id, so a record costs one hash of its id;
/// whole records are compared only when an id arrives again.
/// </summary>
/// <remarks>
/// A <see cref="HashSet{T}"/> of the records themselves did the same, but hashed every field of every record
/// (about a fifth of the snapshot's bookkeeping on a 200-record page, docs/performance.md).
/// </remarks>
internal sealed class KeptRecords
{
    private readonly Dictionary<string, HrisEmployee> _firstById = new(StringComparer.Ordinal);
    private Dictionary<string, List<HrisEmployee>>? _othersById;

    /// <summary>Keeps <paramref name="employee"/> unless an equal record was kept before.</summary>
    /// <returns><see langword="true"/> when kept; <see langword="false"/> for an identical repeat.</returns>
    public bool Add(HrisEmployee employee)
    {
        ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_firstById, employee.EmployeeId, out var exists);
        if (!exists)
        {
            first = employee;
            return true;
        }

        if (first!.Equals(employee))
        {
            return false;
        }

        // Differing records under one id are all kept (the reconciler reports them); repeats of any are collapsed.
        _othersById ??= new Dictionary<string, List<HrisEmployee>>(StringComparer.Ordinal);
        ref var others = ref CollectionsMarshal.GetValueRefOrAddDefault(_othersById, employee.EmployeeId, out _);
        others ??= [];
        if (others.Contains(employee))
        {
            return false;
        }

        others.Add(employee);
        return true;
    }
}
