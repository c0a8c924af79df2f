using System.Text.RegularExpressions;

namespace Teammeter.Hris.Tests.Architecture;

/// <summary>
/// Folder arrows point one way (docs/architecture.md): the source of one folder never names a type declared in a
/// folder it must not depend on. Checked on the source text, so a doc comment's <c>cref</c> counts too.
/// </summary>
public sealed partial class FolderDependencyTests
{
    private static readonly string Root = FindRoot();

    [Theory]
    [InlineData("Sync")]
    [InlineData("Review")]
    [InlineData("Reconciliation")]
    [InlineData("Hris")]
    [InlineData("Teammeter")]
    [InlineData("Operations")]
    public void CoreFolder_NamesNoSchedulingType(string folder)
    {
        var violations = References(Path.Combine("src", "Teammeter.Hris", folder), Path.Combine("src", "Teammeter.Hris", "Scheduling"));

        violations.Should().BeEmpty($"{folder}/ must not depend on Scheduling/; Scheduling depends on it");
    }

    [Theory]
    [InlineData("Apideck")]
    [InlineData("DependencyInjection")]
    [InlineData("Reconciliation")]
    public void SchedulingFolders_NameNoTypeOf(string folder)
    {
        var violations = References(Path.Combine("src", "Teammeter.Hris", "Scheduling"), Path.Combine("src", "Teammeter.Hris", folder))
            .Concat(References(Path.Combine("src", "Teammeter.Hris.Quartz", "Scheduling"), Path.Combine("src", "Teammeter.Hris", folder)));

        violations.Should().BeEmpty($"Scheduling/ may depend on Sync/, Review/, Diagnostics/ and the package root, not on {folder}/");
    }

    [Fact]
    public void QuartzScheduling_NamesNoTypeOfItsDependencyInjection()
    {
        var violations = References(Path.Combine("src", "Teammeter.Hris.Quartz", "Scheduling"), Path.Combine("src", "Teammeter.Hris.Quartz", "DependencyInjection"));

        violations.Should().BeEmpty("the Quartz package's registration composes its scheduling, not the other way round");
    }

    /// <summary>"file: Type" for each type declared under <paramref name="target"/> that a file under <paramref name="source"/> names.</summary>
    private static List<string> References(string source, string target)
    {
        var declared = Files(target)
            .SelectMany(file => Declaration().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value))
            .ToHashSet(StringComparer.Ordinal);
        declared.Should().NotBeEmpty($"{target} declares types");

        return [.. Files(source)
            .SelectMany(file => Word().Matches(File.ReadAllText(file))
                .Select(m => m.Value)
                .Where(declared.Contains)
                .Distinct()
                .Select(name => $"{Path.GetRelativePath(Root, file)}: {name}"))];
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Teammeter.Hris.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Teammeter.Hris.sln) was not found above the test binaries.");
    }

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?<name>[A-Z][A-Za-z0-9]*)")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"\b[A-Z][A-Za-z0-9]*\b")]
    private static partial Regex Word();
}
