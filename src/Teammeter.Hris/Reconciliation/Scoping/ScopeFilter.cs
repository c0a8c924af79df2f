namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// A tenant's <see cref="SyncScope"/> compiled once per run: masks and sets, so checking an employee costs a few
/// lookups and allocates nothing. A part of the scope whose attribute no employee carries is not applied ("blind"):
/// it would otherwise leave everyone in, or everyone out; the run holds new users and invitations instead.
/// </summary>
internal sealed class ScopeFilter
{
    /// <summary>Below this many employees, nobody carrying an attribute says nothing about the credential.</summary>
    private const int MinimumEmployees = 2;

    private static readonly string[] s_typeNames = ["employee", "contractor", "freelance", "temp", "internship", "other"];

    private readonly int _excludeTypes;
    private readonly int _onlyTypes;
    private readonly HashSet<string>? _excludeCompanies;
    private readonly HashSet<string>? _onlyCompanies;
    private HashSet<string>? _excludeDepartments;
    private HashSet<string>? _excludeTeams;
    private readonly string? _attribute;
    private readonly int[] _counts = new int[Enum.GetValues<ScopeExclusion>().Length];
    private bool _types;
    private bool _companies;
    private bool _attributeApplied;

    private ScopeFilter(SyncScope scope)
    {
        _excludeTypes = TypeMask(scope.ExcludeEmploymentTypes);
        _onlyTypes = TypeMask(scope.OnlyEmploymentTypes);
        _excludeCompanies = Set(scope.ExcludeCompanies);
        _onlyCompanies = Set(scope.OnlyCompanies);
        _excludeDepartments = Set(scope.ExcludeDepartments);
        _excludeTeams = Set(scope.ExcludeTeams);
        _attribute = Normalise.Text(scope.ExclusionAttribute);
        _types = (_excludeTypes | _onlyTypes) != 0;
        _companies = _excludeCompanies is not null || _onlyCompanies is not null;
        _attributeApplied = _attribute is not null;
    }

    /// <summary>Whether a part of the scope could not be applied: new users and invitations are held.</summary>
    public bool Blind { get; private set; }

    /// <summary>The wire names of <see cref="HrisEmploymentType"/>, as Apideck spells them.</summary>
    public static IReadOnlyList<string> TypeNames => s_typeNames;

    /// <summary>The run's filter, or <see langword="null"/> without a scope (no cost per employee then).</summary>
    public static ScopeFilter? For(PlanContext context)
    {
        if (context.Policy.Scope is not { IsEmpty: false } scope)
        {
            return null;
        }

        var filter = new ScopeFilter(scope);
        filter.Survey(context);
        return filter;
    }

    /// <summary>Why the scope leaves <paramref name="employee"/> out, or <see langword="null"/> when it is in scope.</summary>
    public ScopeExclusion? Check(HrisEmployee employee)
    {
        if (_attributeApplied && employee.CustomAttributes is { } attributes
            && attributes.TryGetValue(_attribute!, out var value) && IsTruthy(value))
        {
            return ScopeExclusion.ExclusionAttribute;
        }

        if (_types)
        {
            var bit = employee.EmploymentType is { } type ? 1 << (int)type : 0;
            if ((bit & _excludeTypes) != 0 || (_onlyTypes != 0 && (bit & _onlyTypes) == 0))
            {
                return ScopeExclusion.EmploymentType;
            }
        }

        if (_companies)
        {
            var company = Normalise.Text(employee.CompanyId);
            if ((company is not null && _excludeCompanies?.Contains(company) == true)
                || (_onlyCompanies is not null && (company is null || !_onlyCompanies.Contains(company))))
            {
                return ScopeExclusion.Company;
            }
        }

        if (_excludeDepartments is not null && Normalise.Text(employee.Department?.Id) is { } department && _excludeDepartments.Contains(department))
        {
            return ScopeExclusion.Department;
        }

        if (_excludeTeams is not null && Normalise.Text(employee.Team?.Id) is { } team && _excludeTeams.Contains(team))
        {
            return ScopeExclusion.Team;
        }

        return null;
    }

    /// <summary>Counts one person the scope left out.</summary>
    public void Count(ScopeExclusion reason) => _counts[(int)reason]++;

    /// <summary>The counts by reason, only the reasons that occurred.</summary>
    public IReadOnlyDictionary<ScopeExclusion, int> Counts()
    {
        var counts = new SortedDictionary<ScopeExclusion, int>();
        for (var reason = 0; reason < _counts.Length; reason++)
        {
            if (_counts[reason] > 0)
            {
                counts[(ScopeExclusion)reason] = _counts[reason];
            }
        }

        return counts;
    }

    /// <summary>The why a reviewer reads, such as "now a contractor; the scope excludes contractors". Ids only.</summary>
    public string Why(HrisEmployee employee, ScopeExclusion reason)
    {
        switch (reason)
        {
            case ScopeExclusion.ExclusionAttribute:
                return $"now marked '{_attribute}' in HR; the scope leaves out people so marked";
            case ScopeExclusion.EmploymentType:
                var now = employee.EmploymentType is { } type ? "now " + Describe(type).One : "no employment type in HR";
                return employee.EmploymentType is { } excluded && (_excludeTypes & (1 << (int)excluded)) != 0
                    ? $"{now}; the scope excludes {Describe(excluded).Many}"
                    : $"{now}; the scope syncs only {string.Join(", ", TypesIn(_onlyTypes))}";
            case ScopeExclusion.Company:
                var company = Normalise.Text(employee.CompanyId);
                return company is not null && _excludeCompanies?.Contains(company) == true
                    ? $"now in company {company}; the scope excludes company {company}"
                    : $"{(company is null ? "no company in HR" : "now in company " + company)}; the scope syncs only companies {string.Join(", ", _onlyCompanies!.Order(StringComparer.Ordinal))}";
            case ScopeExclusion.Department:
                var department = Normalise.Text(employee.Department?.Id);
                return $"now in department {department}; the scope excludes department {department}";
            default:
                var team = Normalise.Text(employee.Team?.Id);
                return $"now in team {team}; the scope excludes team {team}";
        }
    }

    /// <summary>"true", "yes", "1" (a checked box arrives as true), ignoring case and surrounding white space.</summary>
    public static bool IsTruthy(string? value)
    {
        var text = value.AsSpan().Trim();
        return text.Equals("true", StringComparison.OrdinalIgnoreCase)
            || text.Equals("yes", StringComparison.OrdinalIgnoreCase)
            || text.Equals("1", StringComparison.Ordinal);
    }

    /// <summary>The employment type a wire name stands for, or <see langword="null"/>.</summary>
    public static HrisEmploymentType? ParseType(string? name)
    {
        var text = name.AsSpan().Trim();
        for (var i = 0; i < s_typeNames.Length; i++)
        {
            if (text.Equals(s_typeNames[i], StringComparison.OrdinalIgnoreCase))
            {
                return (HrisEmploymentType)i;
            }
        }

        return null;
    }

    /// <summary>
    /// Finds the parts of the scope whose attribute nobody carries, and warns. Stops at the first employee carrying
    /// each, so a delivered attribute costs a record or two, not a pass.
    /// </summary>
    private void Survey(PlanContext context)
    {
        // Departments and teams are judged like every attribute the sync reads (HrisSnapshot.MissingFields).
        WarnBlind(context, _excludeDepartments is not null && !context.Delivered(HrisFields.Department), "departments", "Department");
        WarnBlind(context, _excludeTeams is not null && !context.Delivered(HrisFields.Team), "teams", "Team");
        _excludeDepartments = context.Delivered(HrisFields.Department) ? _excludeDepartments : null;
        _excludeTeams = context.Delivered(HrisFields.Team) ? _excludeTeams : null;

        var records = context.Employees.Records;
        if (records.Length < MinimumEmployees)
        {
            return;
        }

        bool typeSeen = !_types, companySeen = !_companies, attributeSeen = !_attributeApplied;
        for (var i = 0; i < records.Length && !(typeSeen && companySeen && attributeSeen); i++)
        {
            var employee = records[i];
            typeSeen |= employee.EmploymentType is not null;
            companySeen |= !string.IsNullOrWhiteSpace(employee.CompanyId);
            attributeSeen = attributeSeen || employee.CustomAttributes?.TryGetValue(_attribute!, out _) == true;
        }

        _types &= typeSeen;
        _companies &= companySeen;
        _attributeApplied &= attributeSeen;
        WarnBlind(context, !typeSeen, "employment types", "Employment type");
        WarnBlind(context, !companySeen, "companies", "Legal entity");
        WarnBlind(context, !attributeSeen, $"the attribute '{_attribute}'", _attribute!);
    }

    private void WarnBlind(PlanContext context, bool blind, string what, string attribute)
    {
        if (!blind)
        {
            return;
        }

        Blind = true;
        context.Warn(
            SyncWarningCode.ScopeAttributeMissing,
            $"The scope filters on {what}, but no employee carries one (the credential may not be allowed '{attribute}'); that part of the scope is not applied, and new users and invitations are held for approval.",
            relatedIds: [attribute]);
    }

    private static int TypeMask(IReadOnlyList<string>? names)
    {
        var mask = 0;
        foreach (var name in names ?? [])
        {
            mask |= ParseType(name) is { } type ? 1 << (int)type : 0;
        }

        return mask;
    }

    private static HashSet<string>? Set(IReadOnlyList<string>? ids)
    {
        if (ids is null || ids.Count == 0)
        {
            return null;
        }

        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (Normalise.Text(id) is { } trimmed)
            {
                set.Add(trimmed);
            }
        }

        return set;
    }

    private static IEnumerable<string> TypesIn(int mask)
    {
        for (var i = 0; i < s_typeNames.Length; i++)
        {
            if ((mask & (1 << i)) != 0)
            {
                yield return Describe((HrisEmploymentType)i).Many;
            }
        }
    }

    private static (string One, string Many) Describe(HrisEmploymentType type) => type switch
    {
        HrisEmploymentType.Employee => ("an employee", "employees"),
        HrisEmploymentType.Contractor => ("a contractor", "contractors"),
        HrisEmploymentType.Freelance => ("a freelancer", "freelancers"),
        HrisEmploymentType.Temp => ("a temp", "temps"),
        HrisEmploymentType.Internship => ("an intern", "interns"),
        _ => ("of employment type 'other'", "employment type 'other'"),
    };
}
