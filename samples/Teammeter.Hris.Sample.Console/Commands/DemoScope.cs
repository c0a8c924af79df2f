using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Sample.Output;

namespace Teammeter.Hris.Sample.Commands;

/// <summary>
/// The demo tenant's scope (docs/reconciliation.md, "Scoping"): no contractors, only Northwind GmbH (not its sister
/// legal entity Northwind Labs), and nobody HR marked "Exclude from Teammeter". The report counts who it left out by
/// reason; the demo names them by HR id from its own organisation and checks none of them got a user.
/// </summary>
internal static class DemoScope
{
    public static SyncScope Scope { get; } = new()
    {
        ExcludeEmploymentTypes = ["contractor"],
        OnlyCompanies = [DemoOrganisation.MainCompanyId],
        ExclusionAttribute = DemoOrganisation.ExclusionAttribute,
    };

    /// <summary>The people the scope leaves out, by the reason the report counts them under.</summary>
    private static readonly (ScopeExclusion Reason, IReadOnlyList<string> Ids, Func<int, string> Who)[] LeftOut =
    [
        (ScopeExclusion.EmploymentType, [DemoOrganisation.ContractorId], n => n == 1 ? "1 contractor" : $"{n} contractors"),
        (ScopeExclusion.Company, DemoOrganisation.LabsIds, n => $"{People(n)} of Northwind Labs, company {DemoOrganisation.LabsCompanyId}"),
        (ScopeExclusion.ExclusionAttribute, [DemoOrganisation.ExcludedByAttributeId], n => $"{People(n)} marked \"{DemoOrganisation.ExclusionAttribute}\""),
    ];

    public static void Describe(SampleConsole console)
    {
        console.Say($"  Scope of this tenant: no contractors, only company {DemoOrganisation.MainCompanyId} (Northwind GmbH), nobody marked \"{DemoOrganisation.ExclusionAttribute}\".");
    }

    /// <summary>
    /// Says who the scope left out and why: the counts from <paramref name="report"/>, the HR ids from the demo
    /// organisation. Checks that no operation names them and that Teammeter has no user with their address.
    /// </summary>
    /// <returns>Whether exactly the expected people were left out, and none of them has a user.</returns>
    public static async Task<bool> WriteLeftOutAsync(
        SampleConsole console,
        ApideckTenant personio,
        SqliteTeammeterSink teammeter,
        string tenant,
        SyncReport report,
        CancellationToken cancellationToken)
    {
        var parts = new List<string>();
        var asExpected = report.ExcludedCounts.Values.Sum() == LeftOut.Sum(l => l.Ids.Count);
        foreach (var (reason, ids, who) in LeftOut)
        {
            var count = report.ExcludedCounts.GetValueOrDefault(reason);
            asExpected &= count == ids.Count;
            parts.Add($"{who(count)} ({string.Join(", ", ids)})");
        }

        var leftOut = LeftOut.SelectMany(l => l.Ids).ToHashSet(StringComparer.Ordinal);
        var addresses = personio.Employees.Where(e => leftOut.Contains(e.Id)).SelectMany(e => e.Emails).Select(m => m.Email)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var users = (await teammeter.LoadAsync(tenant, cancellationToken)).Users;
        var untouched = !report.Plan.Operations.Any(o => OperationIds.EmployeeOf(o) is { } id && leftOut.Contains(id))
            && !users.Any(u => u.Email is { } email && addresses.Contains(email));

        console.Say($"  Left out by the scope: {string.Join(", ", parts)}.");
        console.Say(asExpected && untouched
            ? "  None of them has a Teammeter user, and none will be invited."
            : "  UNEXPECTED: the scope did not leave out exactly these people, or one of them has a user.");
        return asExpected && untouched;
    }

    private static string People(int count) => count == 1 ? "1 person" : $"{count} people";
}
