namespace Teammeter.Hris;

/// <summary>The Quartz.NET 3.x job store's tables, for hosts that create them from code.</summary>
public static class QuartzSchema
{
    /// <summary>
    /// The tables for PostgreSQL with Quartz's default prefix <c>qrtz_</c>. Safe to run against a database that
    /// already has them: every statement is <c>CREATE ... IF NOT EXISTS</c> and nothing is dropped.
    /// </summary>
    public static string PostgreSql { get; } = Load("Teammeter.Hris.Quartz.tables_postgres.sql");

    private static string Load(string name)
    {
        using var stream = typeof(QuartzSchema).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
