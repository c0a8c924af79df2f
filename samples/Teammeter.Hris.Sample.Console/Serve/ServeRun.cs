namespace Teammeter.Hris.Sample.Serve;

/// <summary>One run this node ran, for the summary <c>serve</c> prints on exit.</summary>
/// <param name="Tenant">The tenant id.</param>
/// <param name="Kind">What the run did (<c>Sync</c> for a scheduled run).</param>
/// <param name="Trigger">Who started it: <c>Schedule</c>, <c>Retry</c> (a same-day retry of a failed run), ...</param>
/// <param name="Outcome"><c>Succeeded</c>, <c>Failed</c> or <c>Cancelled</c>, as the run history says.</param>
/// <param name="Result"><c>changed</c>, <c>unchanged</c>, <c>held</c>, <c>source_failed</c> (failed before it had a plan), <c>apply_failed</c> or <c>cancelled</c>.</param>
/// <param name="Held">Operations held for a person's approval.</param>
/// <param name="PlanId">The plan the run made, if it got that far.</param>
/// <param name="Started">When the run started.</param>
/// <param name="Finished">When it ended.</param>
internal sealed record ServeRun(
    string Tenant,
    SyncRunKind Kind,
    SyncTrigger Trigger,
    SyncOutcome Outcome,
    string Result,
    int Held,
    string? PlanId,
    DateTimeOffset Started,
    DateTimeOffset Finished);
