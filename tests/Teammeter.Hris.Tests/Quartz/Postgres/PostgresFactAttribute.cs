namespace Teammeter.Hris.Tests.Quartz.Postgres;

/// <summary>A test that needs PostgreSQL; skipped, with the reason, on a machine that has neither a server nor a connection string.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresAvailability.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}
