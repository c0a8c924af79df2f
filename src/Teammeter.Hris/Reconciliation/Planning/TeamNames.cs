namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// The name each HR team id carries in the snapshot. When one id carries several names, the most frequent wins
/// (tie: ordinal smallest); the alternatives are only counted when they occur, so the common case stays lean.
/// </summary>
internal sealed class TeamNames
{
    private readonly Dictionary<string, Tally> _tallies = new(StringComparer.Ordinal);

    public IEnumerable<string> Ids => _tallies.Keys;

    public void Count(string id, string? rawName)
    {
        var name = Normalise.Text(rawName);
        if (!_tallies.TryGetValue(id, out var tally))
        {
            _tallies[id] = tally = new Tally();
        }

        if (name is null)
        {
            return;
        }

        if (tally.First is null || string.Equals(tally.First, name, StringComparison.Ordinal))
        {
            tally.First = name;
            tally.FirstCount++;
            return;
        }

        tally.Others ??= new(StringComparer.Ordinal);
        tally.Others[name] = tally.Others.GetValueOrDefault(name) + 1;
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

    private sealed class Tally
    {
        public string? First { get; set; }

        public int FirstCount { get; set; }

        public Dictionary<string, int>? Others { get; set; }
    }
}
