using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Scheduling;

// Event ids 3000-3099 belong to the daily scheduler. 3000-3004, 3006 and 3007 were the tenant list's and the runs'
// events before both schedulers shared TenantList (3220-3229) and ScheduledRun (3200-3219); they stay retired.
internal sealed partial class DailySyncService
{
    [LoggerMessage(3005, LogLevel.Warning, "Skipped tenant {TenantId} of the tenant list: {Reason}; the other tenants run as scheduled")]
    private partial void LogTenantSkipped(string tenantId, string reason);
}
