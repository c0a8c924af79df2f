namespace Teammeter.Hris.Sync;

/// <summary>
/// The engine's entry point for a caller that already holds the tenant's <see cref="SyncTenant"/> (a scheduler that
/// just read the tenant list): the run uses those settings instead of asking <see cref="ISyncTenantProvider"/> again.
/// Internal, so <see cref="IPersonioSync"/> stays what hosts implement and call.
/// </summary>
internal interface IKnownTenantSync
{
    /// <summary>Reads, plans and applies <paramref name="tenant"/> like <see cref="IPersonioSync.SyncAsync"/>.</summary>
    Task<SyncReport> SyncAsync(SyncTenant tenant, SyncTrigger trigger, CancellationToken cancellationToken);
}
