using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Teammeter.Hris.Apideck;

/// <summary>
/// Reads a tenant's organisation from Apideck's unified HRIS API: every page of <c>GET /hris/employees</c>, or nothing.
/// </summary>
/// <remarks>
/// Teams and departments come from the employee records (the Personio connector serves no department list);
/// <c>GET /hris/departments</c> is read only when <see cref="PersonioSyncOptions.ReadDepartmentsEndpoint"/> is on, and
/// then only to name departments the employee records name by id alone.
/// An employee id that arrives twice with identical data (a record that shifted pages while paging) is kept once;
/// differing records under one id are all kept, so the reconciler's duplicate rule reports them.
/// </remarks>
internal sealed partial class ApideckHrisSource(
    ApideckClient client,
    IOptions<PersonioSyncOptions> options,
    TimeProvider timeProvider,
    ILogger<ApideckHrisSource> logger) : IHrisSource
{
    private readonly PersonioSyncOptions _options = options.Value;

    public Task<HrisSnapshot> ReadSnapshotAsync(string tenantId, CancellationToken cancellationToken = default) =>
        ReadSnapshotForScopeAsync(tenantId, null, cancellationToken);

    /// <summary>Reads with the extra <c>fields</c> the scope filters on; without a scope the list stays narrow.</summary>
    public async Task<HrisSnapshot> ReadSnapshotForScopeAsync(string tenantId, SyncScope? scope, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        var started = timeProvider.GetTimestamp();
        using var timeout = new CancellationTokenSource(_options.SnapshotTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            // The two reads are independent, so they run concurrently; the first failure cancels the other.
            var employeesRead = ReadEmployeesAsync(tenantId, scope, linked.Token);
            var departmentsRead = _options.ReadDepartmentsEndpoint
                ? ReadDepartmentNamesAsync(tenantId, linked.Token)
                : Task.FromResult<Dictionary<string, string>?>(null);
            await AllOrFirstFailureAsync(linked, employeesRead, departmentsRead).ConfigureAwait(false);
            var (employees, pages) = await employeesRead.ConfigureAwait(false);
            employees = NameDepartments(employees, await departmentsRead.ConfigureAwait(false));

            var missing = MissingFieldDetector.Detect(employees);
            if (missing != HrisFields.None)
            {
                LogMissingFields(tenantId, missing);
            }

            var elapsedMs = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
            LogSnapshotRead(tenantId, employees.Count, pages, elapsedMs);
            return new HrisSnapshot(employees, timeProvider.GetUtcNow(), missing);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new HrisSourceException(
                $"Reading the organisation of tenant '{tenantId}' did not finish within PersonioSyncOptions.SnapshotTimeout ({_options.SnapshotTimeout}); nothing was synced.", ex);
        }
    }

    private static async Task AllOrFirstFailureAsync(CancellationTokenSource linked, params Task[] reads)
    {
        var pending = reads.ToList();
        while (pending.Count > 0)
        {
            var done = await Task.WhenAny(pending).ConfigureAwait(false);
            pending.Remove(done);
            if (!done.IsCompletedSuccessfully)
            {
                await linked.CancelAsync().ConfigureAwait(false);
                await Task.WhenAll(pending).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                await done.ConfigureAwait(false);
            }
        }
    }

    private async Task<(List<HrisEmployee> Employees, int Pages)> ReadEmployeesAsync(string tenantId, SyncScope? scope, CancellationToken cancellationToken)
    {
        var fields = ApideckEmployeeFields.For(scope);
        var attribute = scope?.UsesExclusionAttribute == true ? scope.ExclusionAttribute : null;
        var employees = new List<HrisEmployee>();

        // Every record kept so far, by value: a repeat of any of them is collapsed, not only a repeat of the first
        // record with its id (after a differing record, two identical later copies would otherwise both be kept).
        var kept = new KeptRecords();
        var pages = 0;
        await foreach (var page in client.GetEmployeePagesAsync(tenantId, fields, attribute, cancellationToken).ConfigureAwait(false))
        {
            pages = page.Number;
            foreach (var employee in page.Items)
            {
                if (!kept.Add(employee))
                {
                    LogDuplicateCollapsed(tenantId, employee.EmployeeId, page.Number);
                    continue;
                }

                employees.Add(employee);
            }
        }

        return (employees, pages);
    }

    private async Task<Dictionary<string, string>?> ReadDepartmentNamesAsync(string tenantId, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var page in client.GetDepartmentPagesAsync(tenantId, cancellationToken).ConfigureAwait(false))
        {
            foreach (var department in page.Items)
            {
                if (department is not null && !string.IsNullOrWhiteSpace(department.Id) && !string.IsNullOrWhiteSpace(department.Name))
                {
                    names.TryAdd(department.Id, department.Name);
                }
            }
        }

        return names;
    }

    /// <summary>Names departments that arrived by id only (their name fell back to the id) from the department list.</summary>
    private static List<HrisEmployee> NameDepartments(List<HrisEmployee> employees, Dictionary<string, string>? names)
    {
        if (names is null || names.Count == 0)
        {
            return employees;
        }

        return employees.ConvertAll(e =>
            e.Department is { } d && d.Name == d.Id && names.TryGetValue(d.Id, out var name)
                ? e with { Department = d with { Name = name } }
                : e);
    }
}
