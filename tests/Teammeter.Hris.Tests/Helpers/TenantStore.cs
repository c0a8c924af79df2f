namespace Teammeter.Hris.Tests.Helpers;

/// <summary>One tenant's data inside <see cref="InMemoryTeammeterSink"/>.</summary>
internal sealed class TenantStore
{
    public List<TeammeterUser> Users { get; } = [];

    public SortedDictionary<string, string> Teams { get; } = new(StringComparer.Ordinal);

    public List<string> Roles { get; } = [];

    public bool Released { get; set; }

    public TeammeterUser? Find(string externalId) => Users.Find(u => u.EmployeeId == externalId);
}
