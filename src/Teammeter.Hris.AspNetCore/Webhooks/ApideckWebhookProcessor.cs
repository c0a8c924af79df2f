using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Teammeter.Hris.Webhooks;

/// <summary>
/// The background worker: takes each accepted event off the queue, maps its consumer to a tenant and acts on it.
/// <c>vault.connection.callable</c> requests a sync at once (a tenant's first sync is its initial sync, invitations
/// held); <c>hris.employee.*</c> requests a debounced sync; a lost connection tells the admin once per event and
/// runs nothing. Runs go through <see cref="ISyncDispatcher"/>, so a clustered scheduler makes them one run cluster-wide.
/// </summary>
/// <remarks>
/// The host's store and notifier come from a scope per notification, like the engine's per run: a host may register
/// them scoped (an EF Core DbContext) and this singleton must not hold one (docs/host-integration.md, "Lifetimes").
/// </remarks>
internal sealed partial class ApideckWebhookProcessor(
    WebhookQueue queue,
    ConsumerTenantMap tenants,
    ISyncDispatcher dispatcher,
    IServiceScopeFactory scopes,
    IOptions<PersonioSyncOptions> sync,
    IOptions<ApideckWebhookOptions> options,
    ILogger<ApideckWebhookProcessor> logger) : BackgroundService
{
    private long _handled;

    /// <summary>Events taken off the queue and handled (acted on, ignored or failed); tests wait on it.</summary>
    internal long Handled => Interlocked.Read(ref _handled);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var webhookEvent in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await HandleAsync(webhookEvent, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // One event's failure (the tenant list, the store) must not stop the worker; the next event or
                    // the daily sync converges.
                    LogFailed(webhookEvent.EventId, webhookEvent.EventType, exception.GetType().Name);
                }
                finally
                {
                    Interlocked.Increment(ref _handled);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: events still queued are dropped; they were hints, and the daily sync converges.
        }
    }

    internal async Task HandleAsync(ApideckWebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        var action = ApideckEventTypes.ActionFor(webhookEvent.EventType);
        if (action == WebhookAction.None)
        {
            LogIgnoredType(webhookEvent.EventId, webhookEvent.EventType);
            return;
        }

        // One application may serve several connectors; only events of the one this sync reads count.
        if (webhookEvent.ServiceId is { } service && !string.Equals(service, sync.Value.ServiceId, StringComparison.Ordinal))
        {
            LogIgnoredService(webhookEvent.EventId, webhookEvent.EventType, service);
            return;
        }

        var tenant = await tenants.FindTenantAsync(webhookEvent.ConsumerId, cancellationToken).ConfigureAwait(false);
        if (tenant is null)
        {
            LogUnknownConsumer(webhookEvent.ConsumerId, webhookEvent.EventId, webhookEvent.EventType);
            return;
        }

        switch (action)
        {
            case WebhookAction.InitialSync:
                await dispatcher.RequestSyncAsync(tenant, SyncTrigger.Webhook, TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
                LogSyncRequested(tenant, webhookEvent.EventId, webhookEvent.EventType);
                break;
            case WebhookAction.Sync:
                await dispatcher.RequestSyncAsync(tenant, SyncTrigger.Webhook, options.Value.DebounceWindow, cancellationToken).ConfigureAwait(false);
                LogSyncRequested(tenant, webhookEvent.EventId, webhookEvent.EventType);
                break;
            case WebhookAction.NotifyConnectionLost:
                await NotifyAsync(tenant, webhookEvent, cancellationToken).ConfigureAwait(false);
                break;
            default:
                break;
        }
    }

    private async Task NotifyAsync(string tenant, ApideckWebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            await NotifyAsync(scope.ServiceProvider.GetRequiredService<ISyncStore>(), scope.ServiceProvider.GetService<IAdminNotifier>(), tenant, webhookEvent, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task NotifyAsync(ISyncStore store, IAdminNotifier? notifier, string tenant, ApideckWebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        if (notifier is null)
        {
            LogConnectionLostUntold(tenant, webhookEvent.EventType);
            return;
        }

        // The shared store makes it once per event across nodes and restarts, beyond this process's id memory.
        var key = $"{webhookEvent.EventType} {webhookEvent.EventId}";
        if (!await store.TryMarkNotifiedAsync(tenant, AdminNotificationCause.ConnectionLost, key, cancellationToken).ConfigureAwait(false))
        {
            LogAlreadyNotified(tenant, webhookEvent.EventId);
            return;
        }

        await notifier.NotifyAsync(
            new AdminNotification(tenant, AdminNotificationCause.ConnectionLost, ApideckEventTypes.ConnectionLostSummary(webhookEvent.EventType)),
            cancellationToken).ConfigureAwait(false);
        LogNotified(tenant, webhookEvent.EventType);
    }
}
