using System.Reflection;

namespace Teammeter.Hris.Tests.Architecture;

/// <summary>One project's folders, lowest first: a folder may depend only on folders before it.</summary>
internal sealed record Layers(string Project, Assembly Assembly, IReadOnlyList<string> Order)
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
        ]),
        new("Teammeter.Hris.Quartz", typeof(QuartzSchedulingOptions).Assembly,
            [SourceFolders.Root, "Schema", "Scheduling", "DependencyInjection"]),
        new("Teammeter.Hris.AspNetCore", typeof(ReviewEndpointRouteBuilderExtensions).Assembly,
            ["Review", "Webhooks"]),
    ];

    public int Rank(string folder) => Order.Contains(folder) ? Order.ToList().IndexOf(folder) : int.MaxValue;
}
