namespace Teammeter.Hris;

/// <summary>
/// Settings of the Apideck webhook receiver added by <c>AddApideckWebhooks</c>. The signing key is the Apideck API
/// key of <see cref="PersonioSyncOptions.ApiKey"/>: Apideck signs every delivery with the application's key.
/// </summary>
public sealed class ApideckWebhookOptions
{
    /// <summary>
    /// The largest body accepted, in bytes (1 KiB..10 MiB). A larger one is answered 413 after reading at most this
    /// much. Apideck's events are a few hundred bytes. Default: 256 KiB.
    /// </summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// How long a sync requested by an HR event (<c>hris.employee.*</c>) waits for more events of the same tenant to
    /// join it (0..1 hour): a burst within the window becomes one run. <c>vault.connection.callable</c> does not
    /// wait. Default: 30 seconds.
    /// </summary>
    public TimeSpan DebounceWindow { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many event ids this process remembers to recognise Apideck's retries of a delivery (100..1,000,000); the
    /// oldest is forgotten first. Default: 10,000.
    /// </summary>
    public int RememberedEventIds { get; set; } = 10_000;

    /// <summary>
    /// How many accepted events may wait for the background worker (1..100,000). When it is full, deliveries are
    /// answered 503 and Apideck retries them. Default: 1,000.
    /// </summary>
    public int QueueCapacity { get; set; } = 1_000;

    /// <summary>
    /// How long the consumer-id-to-tenant map read from the host's <see cref="ISyncTenantProvider"/> is reused
    /// (1 second..1 day), when <see cref="PersonioSyncOptions.ConsumerIdResolver"/> is set. An unknown consumer
    /// re-reads the list at most every 10 seconds, so a tenant added a moment ago is found. Default: 1 minute.
    /// </summary>
    public TimeSpan TenantMapLifetime { get; set; } = TimeSpan.FromMinutes(1);
}
