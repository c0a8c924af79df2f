namespace Teammeter.Hris.Review;

/// <summary>Names people by HR id, from Teammeter's users and the plan's new users, for the page only.</summary>
internal sealed class PeopleNames
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public PeopleNames(TeammeterState? state, ReviewPlan? plan)
    {
        foreach (var user in state?.Users ?? [])
        {
            if (user.EmployeeId is { } id && Name(user.FirstName, user.LastName) is { } name)
            {
                _names[id] = name;
            }
        }

        foreach (var operation in plan is null ? [] : plan.Operations.Concat(plan.Held))
        {
            var (id, name) = operation.Operation switch
            {
                CreateUser o => (o.EmployeeId, Name(o.FirstName, o.LastName)),
                SendInvitation o => (o.EmployeeId, Name(o.FirstName, o.LastName)),
                _ => (null, null),
            };
            if (id is not null && name is not null)
            {
                _names.TryAdd(id, name);
            }
        }
    }

    /// <summary>The person's name, or "HR id …" when neither Teammeter nor the plan knows one.</summary>
    public string Of(string employeeId) => _names.TryGetValue(employeeId, out var name) ? name : "HR id " + employeeId;

    /// <summary>Whether a name is known (the page then adds the HR id in small print).</summary>
    public bool Knows(string employeeId) => _names.ContainsKey(employeeId);

    private static string? Name(string? first, string? last)
    {
        var name = $"{first} {last}".Trim();
        return name.Length > 0 ? name : null;
    }
}
