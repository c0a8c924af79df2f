namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// The name each HR team id carries in the snapshot. When one id carries several names, the most frequent wins
/// (tie: ordinal smallest); the alternatives are only counted when they occur, so the common case stays lean.
/// Also notes which ids an employee active after the plan belongs to: one lookup per employee serves both.
/// </summary>
internal sealed class TeamNames
{
    private readonly Dictionary<string, Tally> _tallies = new(StringComparer.Ordinal);

    public IEnumerable<string> Ids => _tallies.Keys;

    /// <summary>
    /// Counts one employee's unit. Returns the id as first counted (ordinal equal to <paramref name="id"/>): one
    /// instance per unit, which stays in cache where each employee's own copy would not when compared later.
    /// </summary>
    public string Count(string id, string? rawName, bool occupied)
    {
        var name = Normalise.Text(rawName);
        if (!_tallies.TryGetValue(id, out var tally))
        {
            _tallies[id] = tally = new Tally(id);
        }

        tally.Occupied |= occupied;

        if (name is null)
        {
            return tally.Id;
        }

        if (tally.First is null || string.Equals(tally.First, name, StringComparison.Ordinal))
        {
            tally.First = name;
            tally.FirstCount++;
            return tally.Id;
        }

        tally.Others ??= new(StringComparer.Ordinal);
        tally.Others[name] = tally.Others.GetValueOrDefault(name) + 1;
        return tally.Id;
    }

    /// <summary>Whether an employee active after the plan belongs to the id.</summary>
    public bool IsOccupied(string id) => _tallies[id].Occupied;

    /// <summary>The ids an employee active after the plan belongs to.</summary>
    public HashSet<string> OccupiedIds()
    {
        var occupied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, tally) in _tallies)
        {
            if (tally.Occupied)
            {
                occupied.Add(id);
            }
        }

        return occupied;
    }

    /// <summary>The chosen name (the id itself when HR gave no name) and whether the id carried several names.</summary>
    public (string Name, bool Conflicting) Resolve(string id)
    {
        var tally = _tallies[id];
        if (tally.First is null)
        {
            return (id, false);
        }

        var best = tally.First;
        var bestCount = tally.FirstCount;
        foreach (var (name, count) in tally.Others ?? [])
        {
            if (count > bestCount || (count == bestCount && string.CompareOrdinal(name, best) < 0))
            {
                (best, bestCount) = (name, count);
            }
        }

        return (best, tally.Others is not null);
    }

    private sealed class Tally(string id)
    {
        public string Id { get; } = id;

        public string? First { get; set; }

        public int FirstCount { get; set; }

        public Dictionary<string, int>? Others { get; set; }

        public bool Occupied { get; set; }
    }
}
