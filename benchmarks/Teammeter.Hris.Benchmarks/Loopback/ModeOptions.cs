namespace Teammeter.Hris.Benchmarks.Loopback;

/// <summary>The <c>--name value</c> pairs of the benchmark program's loopback modes, over each mode's defaults.</summary>
internal static class ModeOptions
{
    /// <summary>
    /// Reads <paramref name="args"/> over <paramref name="defaults"/>. A name that is neither a default nor one of
    /// <paramref name="others"/> is refused: <see langword="null"/>, with the reason on stderr.
    /// </summary>
    public static Dictionary<string, string>? Parse(IReadOnlyList<string> args, IReadOnlyDictionary<string, string> defaults, params string[] others)
    {
        var options = new Dictionary<string, string>(defaults, StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!defaults.ContainsKey(args[i]) && !others.Contains(args[i], StringComparer.Ordinal))
            {
                Console.Error.WriteLine($"Unknown option '{args[i]}'; known: {string.Join(", ", defaults.Keys.Concat(others))}.");
                return null;
            }

            if (i + 1 == args.Count)
            {
                Console.Error.WriteLine($"Option '{args[i]}' needs a value.");
                return null;
            }

            options[args[i]] = args[i + 1];
        }

        return options;
    }
}
