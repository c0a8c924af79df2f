namespace Teammeter.Hris.Sync;

/// <summary>
/// What every step of one run knows about it: the tenant, what and who, its ids, when it started, and the services
/// resolved for this run alone.
/// </summary>
internal sealed record RunContext(string TenantId, SyncRunKind Kind, SyncTrigger Trigger, string RunId, long Started, DateTimeOffset StartedAt, RunServices Services)
{
    /// <summary>The plan this run makes (or, for a decision, the run's own record): one id per run.</summary>
    public string PlanId { get; set; } = RunId;

    /// <summary>
    /// The tenant's settings once read, or as a scheduler handed them over (it read the tenant list a moment ago):
    /// one look-up per run, however many times the run reads HR.
    /// </summary>
    public SyncTenant? Settings { get; set; }
}
