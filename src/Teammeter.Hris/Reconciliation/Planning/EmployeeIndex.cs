namespace Teammeter.Hris.Reconciliation;

/// <summary>The snapshot's employees, one record per id, sorted by id (ordinal), with an index by id.</summary>
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
        var sorted = new List<HrisEmployee>(source.Count);
        var withoutId = 0;
        foreach (var employee in source)
        {
            if (string.IsNullOrWhiteSpace(employee.Id))
            {
                withoutId++;
            }
            else
            {
                sorted.Add(employee);
            }
        }

        if (withoutId > 0)
        {
            context.Warn(SyncWarningCode.MissingRequiredField, $"{withoutId} employee record(s) have no id and were skipped.", relatedIds: [nameof(HrisEmployee.Id)]);
        }

        sorted.Sort(EmployeeRecordOrder.Instance);

        var records = new List<HrisEmployee>(sorted.Count);
        var byId = new Dictionary<string, int>(sorted.Count, StringComparer.Ordinal);
        for (var i = 0; i < sorted.Count; i++)
        {
            var run = 1;
            while (i + run < sorted.Count && string.Equals(sorted[i + run].Id, sorted[i].Id, StringComparison.Ordinal))
            {
                run++;
            }

            if (run > 1)
            {
                context.Warn(
                    SyncWarningCode.DuplicateEmployeeId,
                    $"The snapshot holds {run} records with this employee id; the most recently updated one was used.",
                    sorted[i].Id);
            }

            byId.Add(sorted[i].Id, records.Count);
            records.Add(sorted[i]);
            i += run - 1;
        }

        return new EmployeeIndex([.. records], byId);
    }
}
