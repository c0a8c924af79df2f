namespace Teammeter.Hris;

/// <summary>
/// Who is synced at all (docs/reconciliation.md, "Scoping"): people a tenant keeps out of Teammeter, such as
/// contractors, a sister company in the same Personio account, a works council, or anyone marked with an exclusion
/// attribute. Excluded employees are never created or invited; a linked user who becomes excluded is held, not
/// deactivated or changed. An empty scope (the default) syncs everyone.
/// </summary>
/// <remarks>
/// Bindable from configuration (a <c>Scope</c> section of the tenant's policy). Ids are compared as HR delivers them,
/// trimmed; employment types and the attribute name ignore case.
/// </remarks>
public sealed record SyncScope
{
    /// <summary>Employment types to leave out (Apideck's <c>employment_role.type</c>: <c>employee</c>, <c>contractor</c>, <c>freelance</c>, <c>temp</c>, <c>internship</c>, <c>other</c>).</summary>
    public IReadOnlyList<string> ExcludeEmploymentTypes { get; init; } = [];

    /// <summary>When not empty, only these employment types are synced (an employee without a type is left out).</summary>
    public IReadOnlyList<string> OnlyEmploymentTypes { get; init; } = [];

    /// <summary>Company ids (Apideck's <c>company_id</c>, Personio's legal entities) whose people are left out.</summary>
    public IReadOnlyList<string> ExcludeCompanies { get; init; } = [];

    /// <summary>When not empty, only the people of these company ids are synced (an employee without a company is left out).</summary>
    public IReadOnlyList<string> OnlyCompanies { get; init; } = [];

    /// <summary>Department ids whose people are left out.</summary>
    public IReadOnlyList<string> ExcludeDepartments { get; init; } = [];

    /// <summary>Team ids whose people are left out.</summary>
    public IReadOnlyList<string> ExcludeTeams { get; init; } = [];

    /// <summary>
    /// The name (or id) of an HR custom attribute, such as Personio's "Exclude from Teammeter": a person whose value is
    /// truthy (<c>true</c>, <c>yes</c>, <c>1</c>, a checked box; ignoring case) is left out.
    /// </summary>
    public string? ExclusionAttribute { get; init; }

    /// <summary>Whether the scope leaves nobody out.</summary>
    public bool IsEmpty =>
        IsNullOrEmpty(ExcludeEmploymentTypes) && IsNullOrEmpty(OnlyEmploymentTypes)
        && IsNullOrEmpty(ExcludeCompanies) && IsNullOrEmpty(OnlyCompanies)
        && IsNullOrEmpty(ExcludeDepartments) && IsNullOrEmpty(ExcludeTeams)
        && string.IsNullOrWhiteSpace(ExclusionAttribute);

    /// <summary>Whether the scope filters on employment types (the source then reads <c>employment_role.type</c>).</summary>
    internal bool UsesEmploymentType => !IsNullOrEmpty(ExcludeEmploymentTypes) || !IsNullOrEmpty(OnlyEmploymentTypes);

    /// <summary>Whether the scope filters on companies (the source then reads <c>company_id</c>).</summary>
    internal bool UsesCompany => !IsNullOrEmpty(ExcludeCompanies) || !IsNullOrEmpty(OnlyCompanies);

    /// <summary>Whether the scope names an exclusion attribute (the source then reads <c>custom_fields</c>).</summary>
    internal bool UsesExclusionAttribute => !string.IsNullOrWhiteSpace(ExclusionAttribute);

    private static bool IsNullOrEmpty(IReadOnlyList<string>? values) => values is null || values.Count == 0;
}
