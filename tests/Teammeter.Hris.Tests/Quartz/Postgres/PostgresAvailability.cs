namespace Teammeter.Hris.Tests.Quartz.Postgres;

/// <summary>
/// Where the PostgreSQL tests get a server: a connection string in <c>TEAMMETER_TEST_POSTGRES</c>, or a throwaway
/// server started from the PostgreSQL binaries installed on the machine (<c>/usr/lib/postgresql/&lt;version&gt;/bin</c>).
/// </summary>
internal static class PostgresAvailability
{
    public const string ConnectionStringVariable = "TEAMMETER_TEST_POSTGRES";

    public static string? ConnectionStringFromEnvironment =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } value ? value : null;

    /// <summary>The newest installed server's bin folder, or <see langword="null"/>.</summary>
    public static string? BinDirectory { get; } = FindBinDirectory();

    /// <summary>PostgreSQL refuses to run as root, so as root the server runs as the OS user <c>postgres</c>.</summary>
    public static bool RunAsPostgresUser => Environment.UserName == "root";

    /// <summary>Why the PostgreSQL tests cannot run here, or <see langword="null"/> when they can.</summary>
    public static string? UnavailableReason { get; } = FindUnavailableReason();

    private static string? FindBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .Select(d => (Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0, Bin: Path.Combine(d, "bin")))
            .Where(d => File.Exists(Path.Combine(d.Bin, "initdb")) && File.Exists(Path.Combine(d.Bin, "pg_ctl")))
            .OrderByDescending(d => d.Version)
            .Select(d => d.Bin)
            .FirstOrDefault();
    }

    private static string? FindUnavailableReason()
    {
        if (ConnectionStringFromEnvironment is not null)
        {
            return null;
        }

        if (BinDirectory is null)
        {
            return $"No PostgreSQL server binaries under /usr/lib/postgresql/<version>/bin and {ConnectionStringVariable} is not set.";
        }

        if (RunAsPostgresUser && !PostgresUserExists())
        {
            return "Running as root, which PostgreSQL refuses, and there is no OS user 'postgres' to run the server as (.ci/run creates it).";
        }

        return null;
    }

    private static bool PostgresUserExists() =>
        File.Exists("/etc/passwd") && File.ReadLines("/etc/passwd").Any(line => line.StartsWith("postgres:", StringComparison.Ordinal));
}
