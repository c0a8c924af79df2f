namespace Teammeter.Hris.Tests.Apideck.Contract;

/// <summary>Locates the Apideck OpenAPI specs in <c>../shared/specs</c> next to the repository, if present.</summary>
internal static class ApideckSpecs
{
    private static readonly Lazy<string?> LazyDirectory = new(() => Locate(AppContext.BaseDirectory));
    private static readonly Lazy<YamlOutline> LazyHris = new(() => Load("apideck-hris.yml"));
    private static readonly Lazy<YamlOutline> LazyVault = new(() => Load("apideck-vault.yml"));

    public static string? Directory => LazyDirectory.Value;

    public static YamlOutline Hris => LazyHris.Value;

    public static YamlOutline Vault => LazyVault.Value;

    private static YamlOutline Load(string file) =>
        new(File.ReadAllText(Path.Combine(Directory ?? throw new InvalidOperationException("The specs are not available."), file)));

    /// <summary>Walks up from <paramref name="start"/> to the repository root, then looks in <c>../shared/specs</c>.</summary>
    internal static string? Locate(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Teammeter.Hris.sln")))
            {
                var specs = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "specs"));
                return File.Exists(Path.Combine(specs, "apideck-hris.yml")) && File.Exists(Path.Combine(specs, "apideck-vault.yml"))
                    ? specs
                    : null;
            }
        }

        return null;
    }
}
