using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Scheduling;

// Event ids 4050-4099: the Quartz schedule keeper.
internal sealed partial class ScheduleKeeper
{
    [LoggerMessage(4050, LogLevel.Warning, "Could not read the tenant list; the Quartz schedule is refreshed at the next interval")]
    private partial void LogTenantListFailed(Exception exception);

    [LoggerMessage(4051, LogLevel.Warning, "Could not update the Quartz schedule; retrying at the next interval")]
    private partial void LogSchedulerFailed(Exception exception);

    [LoggerMessage(4053, LogLevel.Debug, "Quartz schedule refresh failed; the full exception")]
    private partial void LogFailureDetail(Exception exception);

    [LoggerMessage(4052, LogLevel.Information, "Quartz schedule refreshed: {Added} tenants added, {Moved} moved, {Removed} removed")]
    private partial void LogScheduleChanged(int added, int moved, int removed);
}
