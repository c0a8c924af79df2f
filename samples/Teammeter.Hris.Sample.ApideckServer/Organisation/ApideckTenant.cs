namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>
/// One customer organisation (an Apideck consumer): its Personio employees and its Vault connection state.
/// Tests and the demo mutate it between sync runs; readers always see a consistent snapshot.
/// </summary>
public sealed class ApideckTenant
{
    private readonly Lock gate = new();
    private OrganisationSnapshot snapshot;

    internal ApideckTenant(string consumerId, IEnumerable<ApideckEmployee> employees, VaultConnectionState state)
    {
        ConsumerId = consumerId;
        snapshot = new OrganisationSnapshot(employees);
        ConnectionState = state;
    }

    /// <summary>The Apideck consumer id (the tenant).</summary>
    public string ConsumerId { get; }

    /// <summary>The Vault connection state; unified API calls succeed only when <see cref="VaultConnectionState.Callable"/> and <see cref="ConnectionEnabled"/>.</summary>
    public VaultConnectionState ConnectionState { get; set; }

    /// <summary>
    /// The connection's switch in Vault (<c>enabled</c>); on by default. Switched off, the connection keeps its state
    /// but unified API calls fail, as in Vault. A connection still <see cref="VaultConnectionState.Available"/> is
    /// always served as switched off: nobody has added it.
    /// </summary>
    public bool ConnectionEnabled { get; set; } = true;

    /// <summary>Whether unified API calls succeed: <see cref="VaultConnectionState.Callable"/> and switched on.</summary>
    internal bool IsCallable => ConnectionState == VaultConnectionState.Callable && ConnectionEnabled;

    /// <summary>The employees, in the order they are served.</summary>
    public IReadOnlyList<ApideckEmployee> Employees => Volatile.Read(ref snapshot).Employees;

    internal OrganisationSnapshot Snapshot => Volatile.Read(ref snapshot);

    /// <summary>Finds an employee by id.</summary>
    /// <param name="id">The employee id.</param>
    /// <returns>The employee, or <see langword="null"/>.</returns>
    public ApideckEmployee? Find(string id) => Snapshot.ById.GetValueOrDefault(id);

    /// <summary>Replaces all employees.</summary>
    /// <param name="employees">The new employee list.</param>
    public void ReplaceEmployees(IEnumerable<ApideckEmployee> employees)
    {
        ArgumentNullException.ThrowIfNull(employees);
        var next = new OrganisationSnapshot(employees);
        lock (gate)
        {
            Volatile.Write(ref snapshot, next);
        }
    }

    /// <summary>Adds an employee, or replaces the one with the same id in place.</summary>
    /// <param name="employee">The employee.</param>
    public void Upsert(ApideckEmployee employee)
    {
        ArgumentNullException.ThrowIfNull(employee);
        Mutate(list =>
        {
            var index = list.FindIndex(e => e.Id == employee.Id);
            if (index < 0)
            {
                list.Add(employee);
            }
            else
            {
                list[index] = employee;
            }
        });
    }

    /// <summary>Changes one employee.</summary>
    /// <param name="id">The employee id.</param>
    /// <param name="change">Returns the changed record.</param>
    /// <exception cref="KeyNotFoundException">No employee has that id.</exception>
    public void Update(string id, Func<ApideckEmployee, ApideckEmployee> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        Mutate(list =>
        {
            var index = list.FindIndex(e => e.Id == id);
            if (index < 0)
            {
                throw new KeyNotFoundException($"No employee with id '{id}'.");
            }

            list[index] = change(list[index]);
        });
    }

    /// <summary>Changes every employee a predicate selects (for example, everyone in a renamed team).</summary>
    /// <param name="predicate">Selects the employees.</param>
    /// <param name="change">Returns the changed record.</param>
    /// <returns>How many employees changed.</returns>
    public int UpdateWhere(Func<ApideckEmployee, bool> predicate, Func<ApideckEmployee, ApideckEmployee> change)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentNullException.ThrowIfNull(change);
        var count = 0;
        Mutate(list =>
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (predicate(list[i]))
                {
                    list[i] = change(list[i]);
                    count++;
                }
            }
        });
        return count;
    }

    /// <summary>Removes an employee entirely (as if the HR record were deleted).</summary>
    /// <param name="id">The employee id.</param>
    /// <returns>Whether an employee was removed.</returns>
    public bool Remove(string id)
    {
        var removed = false;
        Mutate(list => removed = list.RemoveAll(e => e.Id == id) > 0);
        return removed;
    }

    private void Mutate(Action<List<ApideckEmployee>> change)
    {
        lock (gate)
        {
            var list = new List<ApideckEmployee>(snapshot.Employees);
            change(list);
            Volatile.Write(ref snapshot, new OrganisationSnapshot(list));
        }
    }
}
