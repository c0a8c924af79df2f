namespace Teammeter.Hris;

/// <summary>
/// The host's side of a sync: loads a tenant's current state and applies planned operations. Implemented by the
/// Teammeter backend.
/// </summary>
/// <remarks>
/// <para>
/// Contract: every operation is keyed by HR ids (employee, team) and role names, and must be applied as an
/// <b>idempotent upsert</b>. A run that fails half-way is simply run again, so applying an operation that has
/// already been applied must leave the state unchanged and must not throw.
/// </para>
/// <para>
/// The engine calls <see cref="ApplyAsync"/> with batches in dependency order (teams and roles, users,
/// memberships and roles, reporting lines, deactivations). A <see cref="SendInvitation"/> operation is passed to
/// <see cref="ApplyAsync"/> only after <see cref="IInvitationSender"/> sent it, one invitation per call, right after
/// its send: the sink records the user as invited. Applying one batch should be atomic (one transaction) where the
/// store allows it.
/// </para>
/// <para>
/// What the host's tables must guarantee, whatever the isolation level (a check-then-insert is a duplicate under
/// READ COMMITTED when two writers race): a <b>unique constraint on (tenant, HR employee id)</b> for users (and on
/// (tenant, HR team id) for teams), so an upsert can never create a second user for one person; and a <b>unique
/// constraint on the invitation's idempotency key</b>, so an invitation is recorded once. The engine holds a
/// per-tenant lease in <see cref="ISyncStore"/> while it applies, so two nodes do not apply one tenant at once; the
/// constraints are the last line when a lease expired under a stalled node. <see cref="IInvitationSender"/> must drop
/// a send whose idempotency key it has sent before: a crash between a send and its record re-sends that one.
/// </para>
/// <para>
/// Ownership (docs/reconciliation.md, "Ownership"): HR owns what it states, Teammeter keeps what a coach completes.
/// The sink records which values the sync made so that <see cref="LoadAsync"/> can say so: a
/// <see cref="SetManager"/> marks the line as the sync's (<see cref="TeammeterUser.ManagerSetBySync"/>), a coach's
/// edit of the line clears that mark; <see cref="AssignTeam"/> replaces or removes only the membership the sync made
/// (<see cref="TeammeterUser.TeamId"/>), never one a coach added; a <see cref="DeactivateUser"/> marks the user as
/// deactivated by the sync (<see cref="TeammeterUser.DeactivatedBySync"/>) and a <see cref="ReactivateUser"/> clears it.
/// </para>
/// </remarks>
public interface ITeammeterSink
{
    /// <summary>Loads the tenant's current users, HR-linked teams, roles and invitation release state.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The tenant's state; <see cref="TeammeterState.Empty(string)"/> for a tenant that has nothing yet.</returns>
    Task<TeammeterState> LoadAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Applies a batch of operations as idempotent upserts.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="operations">The operations, in the order to apply them.</param>
    /// <param name="cancellationToken">Cancels the apply.</param>
    /// <returns>A task that completes when the batch is durably applied.</returns>
    Task ApplyAsync(string tenantId, IReadOnlyList<SyncOperation> operations, CancellationToken cancellationToken);

    /// <summary>Records that the tenant's review was approved and invitations are released (idempotent).</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the flag is durably stored.</returns>
    Task MarkInvitationsReleasedAsync(string tenantId, CancellationToken cancellationToken);
}
