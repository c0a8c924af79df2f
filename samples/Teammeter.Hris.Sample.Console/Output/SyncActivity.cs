namespace Teammeter.Hris.Sample.Output;

/// <summary>
/// What the run history says about a tenant's sync, for <c>status</c>: when it last succeeded, and when the daily
/// schedule runs next (a day after the last scheduled run; unknown before the first one).
/// </summary>
internal sealed record SyncActivity(DateTimeOffset? LastSuccessfulSync, DateTimeOffset? NextScheduledRun)
{
    public static SyncActivity From(IReadOnlyList<SyncRun> newestFirst)
    {
        var lastSync = newestFirst.FirstOrDefault(r => r.Outcome == SyncOutcome.Succeeded && r.Kind is SyncRunKind.Sync or SyncRunKind.ReleaseInvitations or SyncRunKind.Approve);
        var lastScheduled = newestFirst.FirstOrDefault(r => r.Trigger == SyncTrigger.Schedule);
        return new SyncActivity(lastSync?.FinishedAt, lastScheduled?.StartedAt.AddDays(1));
    }
}
