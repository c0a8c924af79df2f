namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>
/// The HR changes behind issue 16's cases, applied to a tenant holding <see cref="DemoOrganisation"/>: each is
/// something a sync must not act on alone. A wrong connection is <see cref="SisterOrganisation"/> (served with
/// <see cref="ApideckTenant.ReplaceEmployees"/> or <see cref="ApideckTenants.ServeAs"/>).
/// </summary>
public static class DemoIncidents
{
    /// <summary>The new hire who gets a leaver's address.</summary>
    public const string RecycledEmailHireId = "1101";

    /// <summary>
    /// A new hire under a new HR id who gets the work address of <paramref name="leaverId"/> (companies reuse
    /// addresses: a new Bettina Graf gets bettina.graf@). The leaver's record stays, as Personio keeps leavers.
    /// </summary>
    /// <param name="tenant">The tenant holding the demo organisation.</param>
    /// <param name="leaverId">The leaver whose address is reused.</param>
    /// <param name="today">The new hire's first day.</param>
    /// <returns>The new hire.</returns>
    /// <exception cref="KeyNotFoundException">No employee has <paramref name="leaverId"/>.</exception>
    public static ApideckEmployee HireWithRecycledEmail(ApideckTenant tenant, string leaverId, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var leaver = tenant.Find(leaverId) ?? throw new KeyNotFoundException($"No employee with id '{leaverId}'.");
        var changedAt = today.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc);
        var hire = leaver with
        {
            Id = RecycledEmailHireId,
            EmploymentStatus = "active",
            StartDate = today,
            EndDate = null,
            EmployeeNumber = "P" + RecycledEmailHireId,
            CreatedAt = changedAt,
            UpdatedAt = changedAt,
        };
        tenant.Upsert(hire);
        return hire;
    }

    /// <summary>
    /// The employee's record disappears from Personio without a termination (deleted by HR, or filtered out of the
    /// credential's view): nobody decided the person left.
    /// </summary>
    /// <param name="tenant">The tenant.</param>
    /// <param name="employeeId">The employee whose record vanishes.</param>
    /// <exception cref="KeyNotFoundException">No employee has that id.</exception>
    public static void VanishRecord(ApideckTenant tenant, string employeeId)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (!tenant.Remove(employeeId))
        {
            throw new KeyNotFoundException($"No employee with id '{employeeId}'.");
        }
    }
}
