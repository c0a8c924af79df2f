namespace Teammeter.Hris;

/// <summary>
/// Why a <see cref="SyncScope"/> leaves a person out; the keys of <see cref="ChangeSet.ExcludedCounts"/>. A person
/// excluded for several reasons counts once, under the first in this order. Names are stable: they appear in reports.
/// </summary>
public enum ScopeExclusion
{
    /// <summary>The person's exclusion attribute (<see cref="SyncScope.ExclusionAttribute"/>) is set.</summary>
    ExclusionAttribute,

    /// <summary>The person's employment type is excluded, or not among the only ones synced.</summary>
    EmploymentType,

    /// <summary>The person's company is excluded, or not among the only ones synced.</summary>
    Company,

    /// <summary>The person's department is excluded.</summary>
    Department,

    /// <summary>The person's team is excluded.</summary>
    Team,
}
