namespace Teammeter.Hris.Reconciliation;

/// <summary>Rejects a scope that cannot mean what its author wanted: blank entries and unknown employment types.</summary>
internal static class ScopeValidation
{
    public static void ThrowIfInvalid(SyncScope? scope)
    {
        if (scope is null)
        {
            return;
        }

        ThrowIfBadTypes(scope.ExcludeEmploymentTypes, nameof(SyncScope.ExcludeEmploymentTypes));
        ThrowIfBadTypes(scope.OnlyEmploymentTypes, nameof(SyncScope.OnlyEmploymentTypes));
        ThrowIfBlank(scope.ExcludeCompanies, nameof(SyncScope.ExcludeCompanies));
        ThrowIfBlank(scope.OnlyCompanies, nameof(SyncScope.OnlyCompanies));
        ThrowIfBlank(scope.ExcludeDepartments, nameof(SyncScope.ExcludeDepartments));
        ThrowIfBlank(scope.ExcludeTeams, nameof(SyncScope.ExcludeTeams));
    }

    private static void ThrowIfBadTypes(IReadOnlyList<string>? names, string property)
    {
        ThrowIfBlank(names, property);
        foreach (var name in names ?? [])
        {
            if (ScopeFilter.ParseType(name) is null)
            {
                throw new ArgumentException(
                    $"'{name}' is not an employment type; use {string.Join(", ", ScopeFilter.TypeNames)}.",
                    ParameterName(property));
            }
        }
    }

    private static void ThrowIfBlank(IReadOnlyList<string>? values, string property)
    {
        foreach (var value in values ?? [])
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException("The list holds a blank entry; remove it.", ParameterName(property));
            }
        }
    }

    private static string ParameterName(string property) => $"{nameof(ReconcilePolicy.Scope)}.{property}";
}
