namespace Teammeter.Hris.Review;

/// <summary>The plan's operations about one person (or the team and role operations), as the page lists them.</summary>
/// <param name="Label">The person's name as Teammeter or HR knows it, or "Teams" / "Roles".</param>
/// <param name="EmployeeId">The HR id; <see langword="null"/> for the team and role groups.</param>
/// <param name="Operations">The operations, in plan order.</param>
internal sealed record PersonGroup(string Label, string? EmployeeId, IReadOnlyList<ReviewOperation> Operations)
{
    /// <summary>Groups operations by the person they are about; team and role operations come first, people by name.</summary>
    public static IReadOnlyList<PersonGroup> Of(IEnumerable<ReviewOperation> operations, PeopleNames names)
    {
        var groups = operations
            .GroupBy(Subject, StringComparer.Ordinal)
            .Select(g => g.Key switch
            {
                TeamsGroup => new PersonGroup("Teams", null, [.. g]),
                RolesGroup => new PersonGroup("Roles", null, [.. g]),
                _ => new PersonGroup(names.Of(g.Key), g.Key, [.. g]),
            });
        return [.. groups.OrderBy(g => g.EmployeeId is null ? 0 : 1).ThenBy(g => g.Label, StringComparer.CurrentCultureIgnoreCase).ThenBy(g => g.EmployeeId, StringComparer.Ordinal)];
    }

    private const string TeamsGroup = "\0teams";
    private const string RolesGroup = "\0roles";

    /// <summary>The HR id of the person an operation is about, or the team or role group.</summary>
    private static string Subject(ReviewOperation operation) => operation.EmployeeId ?? (operation.Operation is CreateRole ? RolesGroup : TeamsGroup);
}
