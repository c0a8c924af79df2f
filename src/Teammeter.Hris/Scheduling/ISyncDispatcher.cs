namespace Teammeter.Hris;

/// <summary>
/// Starts a tenant's sync soon, on behalf of an event (an Apideck webhook), coalescing requests: whatever asks for a
/// run of a tenant whose run is still waiting joins that run, and while a run is in progress at most one more follows.
/// </summary>
/// <remarks>
/// The default runs the sync in this process. <c>UseQuartzScheduling</c> (Teammeter.Hris.Quartz) replaces it with a
/// one-off trigger of the tenant's Quartz job, so a request on any node of a cluster makes one run cluster-wide.
/// A host may register its own (for example on its job queue) after <c>AddPersonioSync</c>.
/// </remarks>
public interface ISyncDispatcher
{
    /// <summary>Asks for one run of the tenant, starting no earlier than <paramref name="delay"/> from now.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="trigger">What the run is recorded as in the history (for example <see cref="SyncTrigger.Webhook"/>).</param>
    /// <param name="delay">How long to wait for further requests to join this one; <see cref="TimeSpan.Zero"/> to start at once.</param>
    /// <param name="cancellationToken">Cancels the request (not the run it starts).</param>
    /// <returns>A task that completes when the run is requested (not when it has run).</returns>
    Task RequestSyncAsync(string tenantId, SyncTrigger trigger, TimeSpan delay, CancellationToken cancellationToken);
}
