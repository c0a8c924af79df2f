using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Review;

// Event ids 6000-6099 belong to the review page. Tenant and plan ids, action names and counts only: the page shows
// personal data, the log never does.
internal static partial class ReviewEndpoints
{
    [LoggerMessage(6000, LogLevel.Information, "Review of tenant {TenantId}: {Action} on plan {PlanId} decided {Count} operation(s)")]
    private static partial void LogDecided(ILogger logger, string tenantId, string action, string planId, int count);

    [LoggerMessage(6001, LogLevel.Warning, "Review of tenant {TenantId}: {Action} refused, the antiforgery token is missing or invalid")]
    private static partial void LogForgeryRejected(ILogger logger, string tenantId, string action);

    [LoggerMessage(6002, LogLevel.Information, "Review of tenant {TenantId}: {Action} refused ({ErrorCode})")]
    private static partial void LogDecisionRefused(ILogger logger, string tenantId, string action, string errorCode);

    [LoggerMessage(6003, LogLevel.Warning, "Review of tenant {TenantId}: {Action} failed ({ErrorType})")]
    private static partial void LogDecisionFailed(ILogger logger, string tenantId, string action, string errorType);

    [LoggerMessage(6004, LogLevel.Information, "Review of tenant {TenantId}: {Action} refused, the form is incomplete")]
    private static partial void LogBadRequest(ILogger logger, string tenantId, string action);
}
