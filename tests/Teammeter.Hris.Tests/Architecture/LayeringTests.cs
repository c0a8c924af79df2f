using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using FluentAssertions;
using Xunit;

namespace Teammeter.Hris.Tests.Architecture;

/// <summary>
/// Arrows between folders point one way (docs/architecture.md). ArchUnitNET reads each type's dependencies from IL,
/// method bodies included, so a back-edge hidden in a lambda or an async method still fails here.
/// </summary>
public sealed class LayeringTests
{
    public static TheoryData<string> Projects => new(Layers.All.Select(l => l.Project));

    [Theory]
    [MemberData(nameof(Projects))]
    public void Folders_DependOnlyOnFoldersBelowThem(string project)
    {
        var layers = Layers.All.Single(l => l.Project == project);
        var folders = SourceFolders.Of(project);
        var architecture = Load(layers.Assembly);

        var backEdges = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in OwnTypes(architecture, layers))
        {
            var from = SourceFolders.FolderOf(folders, type.FullName)!;
            foreach (var dependency in type.Dependencies)
            {
                var to = SourceFolders.FolderOf(folders, dependency.Target.FullName);
                if (to is not null && to != from && !layers.Allows(from, to))
                {
                    backEdges.Add($"{from}/{Short(type)} -> {to}/{Short(dependency.Target)}");
                }
            }
        }

        backEdges.Should().BeEmpty("a folder may use only the folders before it in [{0}] (Scheduling: not Reconciliation or Apideck)", string.Join(", ", layers.Order));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void EveryFolder_HasItsPlaceInTheOrder(string project)
    {
        var layers = Layers.All.Single(l => l.Project == project);
        var folders = SourceFolders.Of(project);
        var architecture = Load(layers.Assembly);

        var unplaced = architecture.Types
            .Where(t => t.Namespace.FullName.StartsWith("Teammeter.Hris", StringComparison.Ordinal) && !t.FullName.Contains('<', StringComparison.Ordinal))
            .Select(t => (Type: t.FullName, Folder: SourceFolders.FolderOf(folders, t.FullName)))
            .Where(t => t.Folder is null || !layers.Order.Contains(t.Folder))
            .Select(t => $"{t.Type} ({t.Folder ?? "no source file found"})")
            .ToList();

        unplaced.Should().BeEmpty("every type's folder must be placed in the layer order of {0}", project);
    }

    [Fact]
    public void Reconciliation_TouchesNoIoTimeApideckOrHost()
    {
        var layers = Layers.All.Single(l => l.Project == "Teammeter.Hris");
        var folders = SourceFolders.Of(layers.Project);
        var architecture = Load(layers.Assembly);
        string[] pure = ["Reconciliation", "Operations"];

        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in OwnTypes(architecture, layers).Where(t => pure.Contains(SourceFolders.FolderOf(folders, t.FullName))))
        {
            foreach (var dependency in type.Dependencies)
            {
                var target = dependency.Target.FullName;
                var call = dependency is ArchUnitNET.Domain.Dependencies.MethodCallDependency method ? method.TargetMember.Name : null;
                if (Impurity.Forbids(target, call) is { } reason)
                {
                    violations.Add($"{Short(type)} -> {target}{(call is null ? "" : "::" + call)}: {reason}");
                }
            }
        }

        violations.Should().BeEmpty("the reconciler is pure: it plans from the snapshot and state it is given");
    }

    private static IEnumerable<IType> OwnTypes(ArchUnitNET.Domain.Architecture architecture, Layers layers) =>
        architecture.Types.Where(t =>
            t.Assembly.Name == layers.Assembly.GetName().Name
            && t.Namespace.FullName.StartsWith("Teammeter.Hris", StringComparison.Ordinal)
            && !t.FullName.Contains('<', StringComparison.Ordinal));

    private static string Short(IType type) => type.FullName.Split('.')[^1];

    private static readonly Dictionary<System.Reflection.Assembly, ArchUnitNET.Domain.Architecture> Cache = [];

    private static ArchUnitNET.Domain.Architecture Load(System.Reflection.Assembly assembly)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(assembly, out var architecture))
            {
                architecture = new ArchLoader().LoadAssemblies(assembly).Build();
                Cache[assembly] = architecture;
            }

            return architecture;
        }
    }
}
