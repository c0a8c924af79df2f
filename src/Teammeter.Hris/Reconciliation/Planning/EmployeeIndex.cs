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
    private EmployeeIndex(HrisEmployee[] records, Dictionary<string, int> byId)
    {
        Records = records;
        ById = byId;
    }

    public HrisEmployee[] Records { get; }

    public Dictionary<string, int> ById { get; }

    public int Count => Records.Length;

    public static EmployeeIndex Build(PlanContext context)
    {
        var source = context.Snapshot.Employees;
        var records = new List<HrisEmployee>(source.Count);
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
                index = records.Count;
                records.Add(employee);
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

        return new EmployeeIndex([.. records], byId);
    }
}
