namespace Teammeter.Hris;

/// <summary>Settings of the Personio (Apideck) sync. Bind from configuration or set in code.</summary>
public sealed class PersonioSyncOptions
{
    /// <summary>The Apideck API base address. Must be HTTPS unless it is a loopback address (tests, the demo).</summary>
    public Uri ApideckBaseAddress { get; set; } = new("https://unify.apideck.com");

    /// <summary>The Apideck application id (<c>x-apideck-app-id</c>). Required.</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>The Apideck API key, sent as a bearer token. Required; never logged.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>The Apideck HRIS connector (<c>x-apideck-service-id</c>). Other Apideck HRIS connectors work by configuration alone.</summary>
    public string ServiceId { get; set; } = "personio";

    /// <summary>Maps a tenant id to its Apideck consumer id. Default: the tenant id itself. Not bound from configuration.</summary>
    public Func<string, string>? ConsumerIdResolver { get; set; }

    /// <summary>Employees per page, 1..200. Apideck's maximum, 200, means the fewest requests.</summary>
    public int PageSize { get; set; } = 200;

    /// <summary>
    /// Read <c>GET /hris/departments</c> as well. Off by default: the Personio connector does not serve it
    /// (departments arrive on each employee); some other connectors do.
    /// </summary>
    public bool ReadDepartmentsEndpoint { get; set; }

    /// <summary>Timeout of one HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Total time one request may take, retries and waits included (the retry budget).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Retries of a request after a 429 or 5xx.</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>Time a whole snapshot read may take.</summary>
    public TimeSpan SnapshotTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How many tenants may sync at once in this process.</summary>
    public int MaxConcurrentTenants { get; set; } = 4;

    /// <summary>Operations per <see cref="ITeammeterSink.ApplyAsync"/> call: one phase is applied in batches of this size.</summary>
    public int ApplyBatchSize { get; set; } = 1000;

    /// <summary>
    /// How long a run's per-tenant lease in <see cref="ISyncStore"/> holds (10 seconds..1 hour). A run renews it every
    /// third of this time while it lasts, so another node or process cannot apply the same tenant at once; a node that
    /// dies leaves the tenant blocked for at most this long.
    /// </summary>
    public TimeSpan TenantLeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the daily sync re-reads the tenant list at the latest (schedule changes apply within this time).</summary>
    public TimeSpan ScheduleRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Same-day retries of a failed scheduled sync (0..10). The daily sync (built-in or Quartz) retries after
    /// <see cref="FailedRunRetryDelay"/>, doubling each time, while the retry stays on the tenant's local day.
    /// </summary>
    public int FailedRunRetries { get; set; } = 3;

    /// <summary>The wait before the first retry of a failed scheduled sync (1 second..6 hours); doubled for each further retry.</summary>
    public TimeSpan FailedRunRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <inheritdoc />
    public override string ToString() =>
        $"PersonioSyncOptions {{ ApideckBaseAddress = {ApideckBaseAddress}, AppId = {AppId}, ApiKey = ***, ServiceId = {ServiceId}, PageSize = {PageSize} }}";
}
