namespace Teammeter.Hris;

/// <summary>
/// The sync service the Teammeter backend calls: plan, sync, release invitations and approve held operations
/// for one tenant. Resolved from DI after <c>services.AddPersonioSync(...)</c>.
/// </summary>
/// <remarks>
/// Runs for one tenant never interleave inside a process; different tenants run in parallel up to
/// <see cref="PersonioSyncOptions.MaxConcurrentTenants"/>.
/// </remarks>
public interface IPersonioSync
{
    /// <summary>Reads HR and the tenant's state and returns the plan. Writes nothing.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The report; <see cref="SyncReport.Written"/> is <see langword="false"/>.</returns>
    /// <exception cref="HrisSourceException">HR could not be read completely; nothing was written.</exception>
    Task<SyncReport> PlanAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Plans and applies. The first sync of a tenant is its initial sync: it creates everything and holds all
    /// invitations until <see cref="ReleaseInvitationsAsync"/>.
    /// </summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The report.</returns>
    /// <exception cref="HrisSourceException">HR could not be read completely; nothing was written.</exception>
    /// <exception cref="SyncApplyException">Applying failed part-way; the exception's report says how far it got. Running again converges.</exception>
    Task<SyncReport> SyncAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records that the organisation's review was approved, then syncs and sends every due invitation.
    /// </summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The report.</returns>
    /// <exception cref="HrisSourceException">HR could not be read completely; nothing was written.</exception>
    /// <exception cref="SyncApplyException">Applying failed part-way.</exception>
    Task<SyncReport> ReleaseInvitationsAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Syncs with the safety guards lifted, so operations they would hold (mass deactivations, mass re-keys) are
    /// applied. Call only after a person reviewed <see cref="SyncReport.Held"/>.
    /// </summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The report.</returns>
    /// <exception cref="HrisSourceException">HR could not be read completely; nothing was written.</exception>
    /// <exception cref="SyncApplyException">Applying failed part-way.</exception>
    Task<SyncReport> ApproveHeldOperationsAsync(string tenantId, CancellationToken cancellationToken = default);
}
