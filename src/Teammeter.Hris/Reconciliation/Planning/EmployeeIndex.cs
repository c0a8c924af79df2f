using System.Runtime.InteropServices;

namespace Teammeter.Hris.Reconciliation;

/// <summary>The snapshot's employees, one record per id, in snapshot order, with an index by id.</summary>
/// <remarks>
/// Built in one pass over a dictionary, not by sorting: a sort of 100,000 ids cost more than the whole rest of a
/// steady-state plan. Record order therefore follows the snapshot; every output that could depend on it (operations,
/// warnings, the members a warning names) is put in id order where it is produced or when the plan is built, so equal
/// inputs in any order still give an equal plan.
/// </remarks>
internal sealed class EmployeeIndex
{
    private EmployeeIndex(HrisEmployee[] records, int[] userOf, Dictionary<string, int> byId)
    {
        Records = records;
        UserOf = userOf;
        ById = byId;
    }

    public HrisEmployee[] Records { get; }

    /// <summary>
    /// Per record: the index of the user linked to its HR id (<see cref="UserIndex.ByExternalId"/>), or -1. Looked up
    /// here, while the id string is in cache; <see cref="IdentityMatcher.MatchById"/> claims it.
    /// </summary>
    public int[] UserOf { get; }

    public Dictionary<string, int> ById { get; }

    public int Count => Records.Length;

    /// <summary>Indexes the snapshot; the users (<see cref="PlanContext.Users"/>) must be indexed first.</summary>
    public static EmployeeIndex Build(PlanContext context)
    {
        var source = context.Snapshot.Employees;
        var usersById = context.Users.ByExternalId;

        // Sized to the snapshot and cut only when records were skipped: no copy in the common case.
        var records = new HrisEmployee[source.Count];
        var userOf = new int[source.Count];
        var kept = 0;
        var byId = new Dictionary<string, int>(source.Count, StringComparer.Ordinal);
        Dictionary<string, int>? duplicates = null;
        var withoutId = 0;
        foreach (var employee in source)
        {
            if (string.IsNullOrWhiteSpace(employee.EmployeeId))
            {
                withoutId++;
                continue;
            }

            ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(byId, employee.EmployeeId, out var seen);
            if (!seen)
            {
                index = kept;
                records[kept] = employee;
                userOf[kept++] = usersById.TryGetValue(employee.EmployeeId, out var user) ? user : -1;
                continue;
            }

            // Keep the record the fixed order puts first (latest update, then content), never the first one read.
            duplicates ??= new(StringComparer.Ordinal);
            duplicates[employee.EmployeeId] = duplicates.GetValueOrDefault(employee.EmployeeId, 1) + 1;
            if (EmployeeRecordOrder.Instance.Compare(employee, records[index]) < 0)
            {
                records[index] = employee;
            }
        }

        if (withoutId > 0)
        {
            context.Warn(SyncWarningCode.MissingRequiredField, $"{withoutId} employee record(s) have no id and were skipped.", relatedIds: [nameof(HrisEmployee.EmployeeId)]);
        }

        foreach (var (id, count) in duplicates ?? [])
        {
            context.Warn(
                SyncWarningCode.DuplicateEmployeeId,
                $"The snapshot holds {count} records with this employee id; the most recently updated one was used.",
                id);
        }

        if (kept < records.Length)
        {
            Array.Resize(ref records, kept);
            Array.Resize(ref userOf, kept);
        }

        return new EmployeeIndex(records, userOf, byId);
    }
}
