namespace Teammeter.Hris.Sync;

/// <summary>What every step of one run knows about it: the tenant, what and who, its ids, when it started.</summary>
internal sealed record RunContext(string TenantId, SyncRunKind Kind, SyncTrigger Trigger, string RunId, long Started, DateTimeOffset StartedAt)
{
    /// <summary>The plan this run makes (or, for a decision, the run's own record): one id per run.</summary>
    public string PlanId { get; set; } = RunId;
}
