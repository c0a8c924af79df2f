using Microsoft.Extensions.Logging;
using Teammeter.Hris.Review;

namespace Teammeter.Hris.Sync;

/// <summary>
/// The one path every run's end takes, whoever triggered it: the history entry, the host's observers, and the
/// admin's notifications (once per tenant, cause and situation). Nothing here may fail the run: a failing store,
/// observer or notifier is logged.
/// </summary>
internal sealed partial class RunRecorder(
    ISyncStore store,
    IEnumerable<ISyncRunObserver> observers,
    IAdminNotifier? notifier,
    ILogger<RunRecorder> logger)
{
    /// <summary>Consecutive failed runs after which the admin is told (the first try and the same-day retries).</summary>
    public const int FailuresBeforeNotice = 3;

    public async Task RecordAsync(SyncRun run, SyncReport? report, Exception? failure, CancellationToken cancellationToken)
    {
        try
        {
            await store.AddRunAsync(run, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogRecordFailed(run.TenantId, "history", exception.GetType().Name);
        }

        foreach (var observer in observers)
        {
            try
            {
                await observer.OnRunCompletedAsync(run, report, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRecordFailed(run.TenantId, "observer", exception.GetType().Name);
            }
        }

        if (notifier is not null)
        {
            await NotifyAsync(run, report, failure, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task NotifyAsync(SyncRun run, SyncReport? report, Exception? failure, CancellationToken cancellationToken)
    {
        var tenant = run.TenantId;
        if (report is { Held.Count: > 0 } && run.Kind != SyncRunKind.Reject)
        {
            var key = Fingerprints.OfPlan([], report.Held);
            await TryNotifyAsync(
                new AdminNotification(tenant, AdminNotificationCause.OperationsHeld, $"{report.Held.Count} operations wait for your approval in plan {report.PlanId}.", report.PlanId, report.Held.Count),
                key,
                cancellationToken).ConfigureAwait(false);
        }

        if (report is { MissingFields: not HrisFields.None } missing)
        {
            await TryNotifyAsync(
                new AdminNotification(tenant, AdminNotificationCause.AttributesMissing, $"The Personio credential does not deliver: {string.Join(", ", HrisFieldNames.Of(missing.MissingFields))}. Allow them in Personio's API credentials."),
                missing.MissingFields.ToString(),
                cancellationToken).ConfigureAwait(false);
        }

        if (failure is HrisSourceException { StatusCode: 401 or 403 } lost)
        {
            await TryNotifyAsync(
                new AdminNotification(tenant, AdminNotificationCause.ConnectionLost, $"Apideck refused to read Personio ({lost.ErrorCode ?? lost.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture)}): the connection is no longer usable. Check it in Vault."),
                lost.ErrorCode ?? "unauthorized",
                cancellationToken).ConfigureAwait(false);
        }
        else if (run.Outcome == SyncOutcome.Failed && run.Trigger is SyncTrigger.Schedule or SyncTrigger.Retry)
        {
            await NotifyRepeatedFailureAsync(run, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task NotifyRepeatedFailureAsync(SyncRun run, CancellationToken cancellationToken)
    {
        IReadOnlyList<SyncRun> recent;
        try
        {
            recent = await store.GetRunsAsync(run.TenantId, 20, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogRecordFailed(run.TenantId, "history", exception.GetType().Name);
            return;
        }

        // The current streak of failed scheduled runs; its first run names the situation, so one streak notifies once.
        var streak = recent.Where(r => r.Trigger is SyncTrigger.Schedule or SyncTrigger.Retry).TakeWhile(r => r.Outcome == SyncOutcome.Failed).ToList();
        if (streak.Count >= FailuresBeforeNotice)
        {
            await TryNotifyAsync(
                new AdminNotification(run.TenantId, AdminNotificationCause.RunFailed, $"The daily sync failed {streak.Count} times in a row ({run.Error}); the last attempt was at {run.FinishedAt:u}."),
                streak[^1].RunId,
                cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task TryNotifyAsync(AdminNotification notification, string key, CancellationToken cancellationToken)
    {
        try
        {
            if (await store.TryMarkNotifiedAsync(notification.TenantId, notification.Cause, key, cancellationToken).ConfigureAwait(false))
            {
                await notifier!.NotifyAsync(notification, cancellationToken).ConfigureAwait(false);
                LogNotified(notification.TenantId, notification.Cause);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogRecordFailed(notification.TenantId, "notifier", exception.GetType().Name);
        }
    }
}
