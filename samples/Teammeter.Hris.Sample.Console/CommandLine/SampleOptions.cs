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

    public override string ToString() =>
        $"{Command} tenant={Tenant} apideck-url={ApideckUrl} app-id={AppId} api-key={(ApiKey is null ? "(none)" : "***")} service-id={ServiceId} db={DatabasePath} outbox={OutboxDirectory} today={Today} json={Json}";
}
