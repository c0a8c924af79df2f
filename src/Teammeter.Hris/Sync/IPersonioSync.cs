namespace Teammeter.Hris;

/// <summary>
/// The sync service the Teammeter backend calls for one tenant: plan, sync, release invitations, and decide on held
/// operations (approve or reject exactly what was reviewed); plus the stored plans and run history a review needs.
/// Resolved from DI after <c>services.AddPersonioSync(...)</c>.
/// </summary>
/// <remarks>
/// Runs for one tenant never interleave inside a process; different tenants run in parallel up to
/// <see cref="PersonioSyncOptions.MaxConcurrentTenants"/>. Every run ends in a <see cref="SyncRun"/> in the history
/// (<see cref="ISyncStore"/>) and reaches the host's <see cref="ISyncRunObserver"/>s, whoever started it.
/// </remarks>
public interface IPersonioSync
{
    /// <summary>Reads HR and the tenant's state and returns the plan; stores the plan for review. Writes nothing to the sink.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The report, with the plan's id; <see cref="SyncReport.Written"/> is <see langword="false"/>.</returns>
    /// <exception cref="HrisSourceException">HR could not be read completely; nothing was written.</exception>
    Task<SyncReport> PlanAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Plans and applies; held operations are stored for review. The first sync of a tenant is its initial sync: it
    /// creates everything and invites nobody until <see cref="ReleaseInvitationsAsync"/>.
    /// </summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="trigger">Who or what started the run (recorded in the history).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The report.</returns>
    /// <exception cref="HrisSourceException">HR could not be read completely; nothing was written.</exception>
    /// <exception cref="SyncApplyException">Applying failed part-way; the exception's report says how far it got. Running again converges.</exception>
    Task<SyncReport> SyncAsync(string tenantId, SyncTrigger trigger = SyncTrigger.Manual, CancellationToken cancellationToken = default);

    /// <summary>
    /// The review is approved: sends the invitations of the users that exist (those a person reviewed), then records
    /// the release. It applies no other HR change. If sending fails part-way, the release stays pending and the next
    /// run resumes it; nobody is invited twice.
    /// </summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The report: the invitations planned and sent.</returns>
    /// <exception cref="HrisSourceException">HR could not be read completely; nothing was written.</exception>
    /// <exception cref="SyncApplyException">Sending or recording failed part-way.</exception>
    Task<SyncReport> ReleaseInvitationsAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Approves held operations of a stored plan: each is re-checked against a fresh read of HR and applied only if
    /// its reason still holds; one that no longer holds is dropped. Operations that appeared after the review are
    /// never applied by an approval.
    /// </summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="planId">The plan that was reviewed.</param>
    /// <param name="operationKeys">The held operations to approve (<see cref="ReviewOperation.Key"/>); <see langword="null"/> for all pending ones.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>What was applied, dropped and left held.</returns>
    /// <exception cref="SyncReviewException">The plan or an operation is unknown, or not pending; nothing was written.</exception>
    /// <exception cref="HrisSourceException">HR could not be read completely; nothing was written.</exception>
    /// <exception cref="SyncApplyException">Applying failed part-way.</exception>
    Task<ReviewResult> ApproveAsync(string tenantId, string planId, IReadOnlyCollection<string>? operationKeys = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Rejects held operations of a stored plan: they are not proposed again until HR changes that person again.
    /// </summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="planId">The plan that was reviewed.</param>
    /// <param name="operationKeys">The held operations to reject; <see langword="null"/> for all pending ones.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What was rejected and what is left held.</returns>
    /// <exception cref="SyncReviewException">The plan or an operation is unknown, or not pending; nothing was written.</exception>
    Task<ReviewResult> RejectAsync(string tenantId, string planId, IReadOnlyCollection<string>? operationKeys = null, CancellationToken cancellationToken = default);

    /// <summary>Reads a stored plan for review.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="planId">The plan; <see langword="null"/> for the tenant's latest.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The plan, or <see langword="null"/> when there is none.</returns>
    Task<ReviewPlan?> GetPlanAsync(string tenantId, string? planId = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the tenant's run history, newest first.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="limit">At most this many runs.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The runs, newest first.</returns>
    Task<IReadOnlyList<SyncRun>> GetRunsAsync(string tenantId, int limit = 50, CancellationToken cancellationToken = default);
}
