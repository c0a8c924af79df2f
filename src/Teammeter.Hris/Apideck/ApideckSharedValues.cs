namespace Teammeter.Hris.Apideck;

/// <summary>
/// One read's shared copies of the values many employees repeat: teams and departments here, and through
/// <see cref="Strings"/> titles, managers' ids and the other repeated strings the reader finds. The mapper hands every
/// member of a team the same <see cref="HrisOrgUnit"/> (and the same strings), so the snapshot holds each once.
/// </summary>
/// <remarks>
/// The decoder creates these strings per record anyway; sharing them lets those copies die young instead of being
/// kept, and copied by every collection, for as long as the snapshot lives: about a third of a narrowed
/// employee's retained bytes (docs/performance.md). A value is shared only when it is ordinally equal to the first one
/// seen under its key, so nothing is normalised: values stay exactly as delivered.
/// </remarks>
internal sealed class ApideckSharedValues
{
    private readonly Dictionary<string, HrisOrgUnit> _teams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HrisOrgUnit> _departments = new(StringComparer.Ordinal);

    /// <summary>The read's repeated string values, shared by their bytes before a string is made.</summary>
    public ApideckRepeatedStrings Strings { get; } = new();

    /// <summary>The team with this id and name, the first one seen if equal.</summary>
    public HrisOrgUnit Team(string id, string name) => Unit(_teams, id, name);

    /// <summary>The department with this id and name, the first one seen if equal.</summary>
    public HrisOrgUnit Department(string id, string name) => Unit(_departments, id, name);

    private static HrisOrgUnit Unit(Dictionary<string, HrisOrgUnit> units, string id, string name)
    {
        if (units.TryGetValue(id, out var unit))
        {
            // A unit renamed mid-read (or two names under one id) keeps its own record: never merged.
            return string.Equals(unit.Name, name, StringComparison.Ordinal) ? unit : new HrisOrgUnit(unit.Id, name);
        }

        unit = new HrisOrgUnit(id, name);
        units.Add(id, unit);
        return unit;
    }
}
