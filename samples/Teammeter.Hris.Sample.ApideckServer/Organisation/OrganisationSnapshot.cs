using System.Collections.Frozen;

namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>An immutable view of a tenant's employees, so a page is served from one consistent list without locks.</summary>
internal sealed class OrganisationSnapshot
{
    public OrganisationSnapshot(IEnumerable<ApideckEmployee> employees)
    {
        Employees = [.. employees];
        ById = Employees
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public IReadOnlyList<ApideckEmployee> Employees { get; }

    public FrozenDictionary<string, ApideckEmployee> ById { get; }
}
