using System.Reflection;

namespace Teammeter.Hris.Tests.Architecture;

/// <summary>One project's folders, lowest first: a folder may depend only on folders before it.</summary>
/// <param name="Skips">Folders a folder must not use although they are below it.</param>
internal sealed record Layers(string Project, Assembly Assembly, IReadOnlyList<string> Order, IReadOnlyDictionary<string, string[]>? Skips = null)
{
    public static readonly IReadOnlyList<Layers> All =
    [
        new("Teammeter.Hris", typeof(IHrisSource).Assembly,
        [
            SourceFolders.Root, // PersonioSyncOptions: read by the source, the engine, the schedulers and DI alike.
            "Diagnostics",
            "Operations", // what a plan asks the host to do; the sink and the reconciler both read it
            "Hris",
            "Teammeter",
            "Reconciliation",
            "Review",
            "Apideck",
            "Sync",
            "Scheduling",
            "DependencyInjection",
        ],
        // A scheduler starts runs; it neither plans nor reads HR itself.
        new Dictionary<string, string[]> { ["Scheduling"] = ["Reconciliation", "Apideck"] }),
        new("Teammeter.Hris.Quartz", typeof(QuartzSchedulingOptions).Assembly,
            [SourceFolders.Root, "Schema", "Scheduling", "DependencyInjection"]),
        new("Teammeter.Hris.AspNetCore", typeof(ReviewEndpointRouteBuilderExtensions).Assembly,
            ["Review", "Webhooks"]),
    ];

    public bool Allows(string from, string to) =>
        Rank(to) <= Rank(from) && (Skips is null || !Skips.TryGetValue(from, out var skipped) || !skipped.Contains(to));

    public int Rank(string folder) => Order.Contains(folder) ? Order.ToList().IndexOf(folder) : int.MaxValue;
}
