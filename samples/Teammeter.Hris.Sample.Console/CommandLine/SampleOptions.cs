namespace Teammeter.Hris.Sample.CommandLine;

/// <summary>A parsed, validated command line.</summary>
internal sealed record SampleOptions
{
    public static readonly Uri DefaultApideckUrl = new("https://unify.apideck.com/");

    public const string DemoTenant = "northwind";

    /// <summary>The folder the demo owns and resets on every run, unless <c>--db</c> or <c>--outbox</c> point elsewhere.</summary>
    public const string DemoDirectory = "teammeter-demo";

    public static readonly string DemoDatabasePath = Path.Combine(DemoDirectory, "teammeter.db");

    public static readonly string DemoOutboxDirectory = Path.Combine(DemoDirectory, "outbox");

    public SampleCommand Command { get; init; } = SampleCommand.Demo;

    /// <summary>The Apideck consumer id; <see cref="DemoTenant"/> for the demo unless given.</summary>
    public string Tenant { get; init; } = DemoTenant;

    public Uri ApideckUrl { get; init; } = DefaultApideckUrl;

    public string? AppId { get; init; }

    /// <summary>The API key. Never printed: <see cref="ToString"/> masks it.</summary>
    public string? ApiKey { get; init; }

    public string ServiceId { get; init; } = "personio";

    public string DatabasePath { get; init; } = "teammeter-sample.db";

    public string OutboxDirectory { get; init; } = "outbox";

    /// <summary>Overrides the tenant's local date, for reproducible runs.</summary>
    public DateOnly? Today { get; init; }

    /// <summary>Machine-readable output on stdout, and nothing else there.</summary>
    public bool Json { get; init; }

    /// <summary>The full logs on stderr; without it, one line per retry and the final error.</summary>
    public bool Verbose { get; init; }

    /// <summary><c>coach</c>: the edit to make.</summary>
    public CoachEdit? Coach { get; init; }

    /// <summary>Where the admin's notifications go (held operations, failures, a lost connection); none without it.</summary>
    public string? AdminEmail { get; init; }

    /// <summary><c>approve</c>, <c>reject</c>: the reviewed plan's id.</summary>
    public string? PlanId { get; init; }

    /// <summary><c>approve</c>, <c>reject</c>: the HR ids whose held operations are decided; <see langword="null"/> for all.</summary>
    public IReadOnlyList<string>? Only { get; init; }

    /// <summary><c>serve</c>: the JSON file listing the tenants and their daily schedule.</summary>
    public string? TenantsFile { get; init; }

    /// <summary><c>serve</c>: which scheduler runs the daily syncs.</summary>
    public SchedulerKind Scheduler { get; init; } = SchedulerKind.Builtin;

    /// <summary><c>serve --scheduler quartz</c>: the PostgreSQL database of the clustered Quartz job store.</summary>
    public string? QuartzPostgres { get; init; }

    /// <summary><c>serve</c>: this process's name in the cluster and in the run summary.</summary>
    public string Node { get; init; } = Environment.MachineName;

    /// <summary><c>serve</c>: stop after this long; without it, run until Ctrl+C or SIGTERM.</summary>
    public TimeSpan? RunFor { get; init; }

    /// <summary><c>plan</c>, <c>sync</c> and the review commands: who is synced at all; <see langword="null"/> for everyone.</summary>
    public SyncScope? Scope { get; init; }

    /// <summary>
    /// A test hook, from the environment variable <see cref="CrashAfterInvitationsVariable"/>: the process dies
    /// (<see cref="Environment.FailFast(string)"/>) right after its Nth invitation is sent and before it is recorded.
    /// </summary>
    public int? CrashAfterInvitations { get; init; }

    /// <summary>The environment variable of <see cref="CrashAfterInvitations"/> (a positive count).</summary>
    public const string CrashAfterInvitationsVariable = "TEAMMETER_SAMPLE_CRASH_AFTER_INVITATIONS";

    /// <summary><c>serve --web</c>: where the review page listens; it lives at <c>{url}/review/{tenant}</c>.</summary>
    public Uri? WebUrl { get; init; }

    /// <summary><c>serve --web-token</c> (or <c>TEAMMETER_WEB_TOKEN</c>): the secret that admits an admin. Never printed.</summary>
    public string? WebToken { get; init; }

    public override string ToString() =>
        $"{Command} tenant={Tenant} apideck-url={ApideckUrl} app-id={AppId} api-key={(ApiKey is null ? "(none)" : "***")} service-id={ServiceId} db={DatabasePath} outbox={OutboxDirectory} today={Today} json={Json} verbose={Verbose} tenants={TenantsFile} scheduler={Scheduler} quartz-postgres={(QuartzPostgres is null ? "(none)" : "***")} node={Node} run-for={RunFor} web={WebUrl} web-token={(WebToken is null ? "(none)" : "***")} coach={Coach} admin-email={AdminEmail} plan={PlanId} only={(Only is null ? null : string.Join(',', Only))} scope={(Scope is null ? "(everyone)" : ScopeOptions.Describe(Scope))}";
}
