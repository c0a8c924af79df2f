namespace Teammeter.Hris.Sample.CommandLine;

/// <summary>
/// The scope options of <c>plan</c>, <c>sync</c> and the review commands (docs/reconciliation.md, "Scoping"); <c>serve</c>
/// reads a tenant's scope from its tenants file instead. Comma-separated lists.
/// </summary>
internal static class ScopeOptions
{
    public const string ExcludeEmploymentTypes = "--exclude-employment-types";
    public const string ExcludeCompanies = "--exclude-companies";
    public const string OnlyCompanies = "--only-companies";
    public const string ExcludeDepartments = "--exclude-departments";
    public const string ExcludeTeams = "--exclude-teams";
    public const string ExclusionAttribute = "--exclusion-attribute";

    public static readonly string[] Names = [ExcludeEmploymentTypes, ExcludeCompanies, OnlyCompanies, ExcludeDepartments, ExcludeTeams, ExclusionAttribute];

    /// <summary>Apideck's employment_role.type values.</summary>
    private static readonly string[] EmploymentTypes = ["employee", "contractor", "freelance", "temp", "internship", "other"];

    /// <summary>The commands that plan: an approval re-plans, so it needs the same scope as the plan it approves.</summary>
    public static readonly SampleCommand[] Planning =
        [SampleCommand.Plan, SampleCommand.Sync, SampleCommand.ReleaseInvitations, SampleCommand.Approve, SampleCommand.Reject, SampleCommand.ApproveDeactivations];

    public static (SyncScope? Scope, string? Error) Parse(SampleCommand command, IReadOnlyDictionary<string, string> values)
    {
        var given = Names.Where(values.ContainsKey).ToList();
        if (given.Count == 0)
        {
            return (null, null);
        }

        if (!Planning.Contains(command))
        {
            return (null, $"Option '{given[0]}' applies only to plan, sync, release-invitations, approve, reject and approve-deactivations ('serve' reads a tenant's scope from its tenants file).");
        }

        var types = List(values, ExcludeEmploymentTypes);
        if (types.FirstOrDefault(t => !EmploymentTypes.Contains(t, StringComparer.OrdinalIgnoreCase)) is { } unknown)
        {
            return (null, $"Option '{ExcludeEmploymentTypes}': '{unknown}' is not an employment type; use {string.Join(", ", EmploymentTypes)}.");
        }

        foreach (var name in Names.Where(n => n != ExclusionAttribute))
        {
            if (values.TryGetValue(name, out var list) && list.Split(',', StringSplitOptions.TrimEntries).Any(string.IsNullOrEmpty))
            {
                return (null, $"Option '{name}' holds an empty entry: '{list}'.");
            }
        }

        return (new SyncScope
        {
            ExcludeEmploymentTypes = types,
            ExcludeCompanies = List(values, ExcludeCompanies),
            OnlyCompanies = List(values, OnlyCompanies),
            ExcludeDepartments = List(values, ExcludeDepartments),
            ExcludeTeams = List(values, ExcludeTeams),
            ExclusionAttribute = values.GetValueOrDefault(ExclusionAttribute)?.Trim(),
        }, null);
    }

    /// <summary>A one-line description for diagnostics, such as "exclude-employment-types=contractor".</summary>
    public static string Describe(SyncScope scope)
    {
        var parts = new List<string>();
        Add(parts, "exclude-employment-types", scope.ExcludeEmploymentTypes);
        Add(parts, "only-employment-types", scope.OnlyEmploymentTypes);
        Add(parts, "exclude-companies", scope.ExcludeCompanies);
        Add(parts, "only-companies", scope.OnlyCompanies);
        Add(parts, "exclude-departments", scope.ExcludeDepartments);
        Add(parts, "exclude-teams", scope.ExcludeTeams);
        if (!string.IsNullOrWhiteSpace(scope.ExclusionAttribute))
        {
            parts.Add($"exclusion-attribute={scope.ExclusionAttribute}");
        }

        return parts.Count == 0 ? "(everyone)" : string.Join(' ', parts);
    }

    private static void Add(List<string> parts, string name, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            parts.Add($"{name}={string.Join(',', values)}");
        }
    }

    private static string[] List(IReadOnlyDictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var list) ? list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
}
