using System.Text.RegularExpressions;

namespace Teammeter.Hris.Tests.Architecture;

/// <summary>
/// Which folder of a project declares each type. Public types all live in the root namespace (one using for the
/// host), so the namespace cannot tell the folders apart; the source files can.
/// </summary>
internal static partial class SourceFolders
{
    /// <summary>The folder marking files that sit beside the project file.</summary>
    public const string Root = "(root)";

    public static IReadOnlyDictionary<string, string> Of(string project)
    {
        var directory = Path.Combine(RepositoryRoot(), "src", project);
        var folders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal))
            {
                continue;
            }

            var slash = relative.IndexOf('/', StringComparison.Ordinal);
            var folder = slash < 0 ? Root : relative[..slash];
            var text = File.ReadAllText(file);
            var ns = Namespace().Match(text).Groups[1].Value;
            foreach (Match declaration in TopLevelType().Matches(text))
            {
                folders.TryAdd($"{ns}.{declaration.Groups[1].Value}", folder);
            }
        }

        return folders;
    }

    /// <summary>The folder of an IL type name (nested and generic types belong to their outer type).</summary>
    public static string? FolderOf(IReadOnlyDictionary<string, string> folders, string fullName)
    {
        var outer = fullName.Split('+')[0];
        var tick = outer.IndexOf('`', StringComparison.Ordinal);
        return folders.GetValueOrDefault(tick < 0 ? outer : outer[..tick]);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Teammeter.Hris.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The architecture tests read src/ and did not find Teammeter.Hris.sln above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    // Top-level declarations (a delegate after its return type) start at column 0 in this codebase (file-scoped namespaces); nested ones are indented.
    [GeneratedRegex(@"^(?:(?:public|internal|static|sealed|abstract|partial|readonly|file|ref)\s+)*(?:class|record struct|record class|record|struct|interface|enum|delegate\s+[^\s(]+)\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();
}
