using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Sync;

// Event ids 2050-2059: the run's tenant lease (part of the sync engine's 2000-2099). Ids only.
internal sealed partial class TenantLease
{
    [LoggerMessage(2050, LogLevel.Warning, "Tenant {TenantId} is leased by another process or node; the run did not start")]
    private static partial void LogBusy(ILogger logger, string tenantId);

    [LoggerMessage(2051, LogLevel.Error, "Lost the lease on tenant {TenantId}; the run stops")]
    private static partial void LogLost(ILogger logger, string tenantId);

    [LoggerMessage(2052, LogLevel.Warning, "Renewing the lease on tenant {TenantId} failed ({ErrorType}); retrying at the next tick")]
    private static partial void LogRenewFailed(ILogger logger, string tenantId, string errorType);

    [LoggerMessage(2053, LogLevel.Warning, "Releasing the lease on tenant {TenantId} failed ({ErrorType}); it expires by itself")]
    private static partial void LogReleaseFailed(ILogger logger, string tenantId, string errorType);
}
