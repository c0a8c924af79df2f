using System.Globalization;

namespace Teammeter.Hris.Benchmarks.Throughput;

/// <summary>The command line of <c>throughput</c>: <c>--tenants 1000 --employees 500 --parallelism 8</c>.</summary>
internal sealed record ThroughputSettings(int Tenants, int Employees, int Parallelism)
{
    public static ThroughputSettings Default { get; } = new(Tenants: 1000, Employees: 500, Parallelism: 8);

    public static ThroughputSettings Parse(IReadOnlyList<string> args)
    {
        var settings = Default;
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                throw new ArgumentException($"'{args[i]}' needs a positive whole number. Usage: throughput [--tenants N] [--employees N] [--parallelism N]");
            }

            settings = args[i] switch
            {
                "--tenants" => settings with { Tenants = value },
                "--employees" => settings with { Employees = value },
                "--parallelism" => settings with { Parallelism = value },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'. Usage: throughput [--tenants N] [--employees N] [--parallelism N]"),
            };
        }

        return settings;
    }
}
