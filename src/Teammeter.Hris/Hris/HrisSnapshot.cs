namespace Teammeter.Hris;

/// <summary>
/// One <em>complete</em> read of a tenant's organisation from the HR system.
/// </summary>
/// <remarks>
/// Completeness is the contract of every <see cref="IHrisSource"/>: a source that could not read every page
/// throws instead of returning a snapshot, because a partial snapshot is indistinguishable from
/// "everyone else left". Attributes the source could not deliver at all are listed in
/// <see cref="MissingFields"/>; the sync leaves those attributes untouched rather than clearing them.
/// </remarks>
public sealed class HrisSnapshot
{
    /// <summary>Creates a snapshot.</summary>
    /// <param name="employees">Every employee the HR system returned (deleted records already removed).</param>
    /// <param name="readAt">When the read finished.</param>
    /// <param name="missingFields">Attributes the source did not deliver for this tenant.</param>
    /// <exception cref="ArgumentNullException"><paramref name="employees"/> is <see langword="null"/> or holds a <see langword="null"/> entry.</exception>
    public HrisSnapshot(IReadOnlyList<HrisEmployee> employees, DateTimeOffset readAt, HrisFields missingFields = HrisFields.None)
    {
        ArgumentNullException.ThrowIfNull(employees);
        foreach (var employee in employees)
        {
            if (employee is null)
            {
                throw new ArgumentNullException(nameof(employees), "The employee list contains a null entry.");
            }
        }

        Employees = employees;
        ReadAt = readAt;
        MissingFields = missingFields;
    }

    /// <summary>Every employee in the organisation, in the order the source returned them.</summary>
    public IReadOnlyList<HrisEmployee> Employees { get; }

    /// <summary>When the read finished.</summary>
    public DateTimeOffset ReadAt { get; }

    /// <summary>Attributes the source could not deliver (for example, the API credential lacks access to them).</summary>
    public HrisFields MissingFields { get; }
}
