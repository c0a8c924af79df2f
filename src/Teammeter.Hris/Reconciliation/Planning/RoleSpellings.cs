namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// The role each raw title stands for. A title is normalised and matched case-insensitively to the existing roles
/// (keeping the tenant's spelling, ordinal smallest when several); titles no role matches become new roles spelt
/// as the ordinal smallest normalised variant seen. Each distinct raw title is normalised and matched only once.
/// </summary>
internal sealed class RoleSpellings
{
    /// <summary>The employee has no title (or is not looked at): no role.</summary>
    public const int NoRole = -1;

    /// <summary>Raw title (ordinal) to its group; <see cref="NoRole"/> for a blank title.</summary>
    private readonly Dictionary<string, int> _groupOfTitle = new(StringComparer.Ordinal);

    /// <summary>Normalised title (case-insensitive) to its group.</summary>
    private readonly Dictionary<string, int> _groupOfName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Per group: the spelling used, and whether it is a role the tenant does not have yet.</summary>
    private readonly List<(string Spelling, bool New)> _groups = [];

    public RoleSpellings(IEnumerable<string> existingRoles)
    {
        foreach (var role in existingRoles)
        {
            if (Normalise.Title(role) is not { } key)
            {
                continue;
            }

            if (!_groupOfName.TryGetValue(key, out var group))
            {
                _groupOfName[key] = _groups.Count;
                _groups.Add((role, false));
            }
            else if (string.CompareOrdinal(role, _groups[group].Spelling) < 0)
            {
                _groups[group] = (role, false);
            }
        }
    }

    /// <summary>Records an active employee's title; returns its group (or <see cref="NoRole"/>).</summary>
    public int Add(string? rawTitle)
    {
        if (rawTitle is null)
        {
            return NoRole;
        }

        if (_groupOfTitle.TryGetValue(rawTitle, out var known))
        {
            return known;
        }

        var group = NoRole;
        if (Normalise.Title(rawTitle) is { } title)
        {
            if (!_groupOfName.TryGetValue(title, out group))
            {
                _groupOfName[title] = group = _groups.Count;
                _groups.Add((title, true));
            }
            else if (_groups[group].New && string.CompareOrdinal(title, _groups[group].Spelling) < 0)
            {
                _groups[group] = (title, true);
            }
        }

        _groupOfTitle[rawTitle] = group;
        return group;
    }

    /// <summary>The roles to create, each spelt as settled once every title was added.</summary>
    public IEnumerable<string> SettleNewRoles()
    {
        foreach (var (spelling, isNew) in _groups)
        {
            if (isNew)
            {
                yield return spelling;
            }
        }
    }

    public string? Spelling(int group) => group == NoRole ? null : _groups[group].Spelling;
}
