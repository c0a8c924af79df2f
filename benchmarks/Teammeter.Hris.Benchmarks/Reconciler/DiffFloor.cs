namespace Teammeter.Hris.Benchmarks.Reconciler;

/// <summary>The floor any correct diff pays: one ordinal dictionary per side, keyed by HR id, built once.</summary>
internal static class DiffFloor
{
    /// <summary>Indexes both sides; returns the number of ids indexed (so the work cannot be dropped).</summary>
    public static int IndexBothSides(HrisSnapshot snapshot, TeammeterState state)
    {
        var employees = snapshot.Employees;
        var byEmployeeId = new Dictionary<string, HrisEmployee>(employees.Count, StringComparer.Ordinal);
        foreach (var employee in employees)
        {
            byEmployeeId.TryAdd(employee.EmployeeId, employee);
        }

        var users = state.Users;
        var byExternalId = new Dictionary<string, TeammeterUser>(users.Count, StringComparer.Ordinal);
        foreach (var user in users)
        {
            if (user.EmployeeId is { } id)
            {
                byExternalId.TryAdd(id, user);
            }
        }

        return byEmployeeId.Count + byExternalId.Count;
    }
}
