using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Scheduling;

// Event ids 3220-3229: the schedulers' read of the tenant list (logged under the reading scheduler's category).
internal sealed partial record TenantList
{
    [LoggerMessage(EventId = 3220, EventName = "TenantListFailed", Level = LogLevel.Warning, Message = "Could not read the tenant list; the schedule stays as it was until the next refresh")]
    private static partial void LogTenantListFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3221, EventName = "TenantListFailedDetail", Level = LogLevel.Debug, Message = "Could not read the tenant list; the full exception")]
    private static partial void LogTenantListFailedDetail(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3222, EventName = "TenantSkipped", Level = LogLevel.Warning, Message = "Skipped tenant {TenantId} of the tenant list: {Reason}; its schedule stays as it was and the other tenants run as scheduled")]
    private static partial void LogTenantSkipped(ILogger logger, string tenantId, string reason);
}
