namespace Teammeter.Hris;

/// <summary>A tenant's sync settings and schedule.</summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="TimeZone">The tenant's time zone: the daily run happens at <paramref name="SyncAt"/> local time, and "today" for the lifecycle rules is this zone's date.</param>
/// <param name="SyncAt">Local time of day of the daily run.</param>
/// <param name="AutoSync">Whether the daily run is on.</param>
public sealed record SyncTenant(string TenantId, TimeZoneInfo TimeZone, TimeOnly SyncAt, bool AutoSync)
{
    /// <summary>
    /// The tenant's reconciliation choices (team source, automatic invitations, guard thresholds).
    /// <see cref="ReconcilePolicy.InvitationsReleased"/> and <see cref="ReconcilePolicy.ApproveHeldOperations"/> are
    /// ignored here: the engine takes them from the tenant's state and from the call.
    /// </summary>
    public ReconcilePolicy Policy { get; init; } = ReconcilePolicy.Default;

    /// <summary>
    /// When the tenant last synced, as the host recorded it. Lets the daily sync catch up once after downtime;
    /// <see langword="null"/> means unknown (the scheduler then waits for the next slot).
    /// </summary>
    public DateTimeOffset? LastSyncAt { get; init; }
}
