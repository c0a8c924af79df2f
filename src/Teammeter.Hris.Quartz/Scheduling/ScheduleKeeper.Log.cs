using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Scheduling;

// Event ids 4050-4099: the Quartz schedule keeper. 4050 and 4054 (the tenant list's read) moved to the core's
// TenantList (3220-3229), shared with the built-in daily sync; they stay retired.
internal sealed partial class ScheduleKeeper
{
    [LoggerMessage(4051, LogLevel.Warning, "Could not update the Quartz schedule; retrying at the next interval")]
    private partial void LogSchedulerFailed(Exception exception);

    [LoggerMessage(4053, LogLevel.Debug, "Quartz schedule refresh failed; the full exception")]
    private partial void LogFailureDetail(Exception exception);

    [LoggerMessage(4055, LogLevel.Warning, "The tenant list came back empty while {Scheduled} tenants are scheduled; the schedule is kept until the list is empty on {Required} refreshes in a row ({Seen} so far)")]
    private partial void LogEmptyListSuspect(int scheduled, int seen, int required);

    [LoggerMessage(4056, LogLevel.Warning, "The tenant list was empty on {Seen} refreshes in a row: removing all {Scheduled} scheduled tenants")]
    private partial void LogEmptyListConfirmed(int scheduled, int seen);

    [LoggerMessage(4052, LogLevel.Information, "Quartz schedule refreshed: {Added} tenants added, {Moved} moved, {Removed} removed")]
    private partial void LogScheduleChanged(int added, int moved, int removed);
}
