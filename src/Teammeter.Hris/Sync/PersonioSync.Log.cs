using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Sync;

// Event ids 2000-2099 belong to the sync engine. Ids and counts only: never names or emails.
internal sealed partial class PersonioSync
{
    [LoggerMessage(2000, LogLevel.Information, "Sync run {Kind} started for tenant {TenantId}")]
    private partial void LogRunStarted(string tenantId, SyncRunKind kind);

    [LoggerMessage(2001, LogLevel.Information, "Read tenant {TenantId}: {EmployeeCount} employees in HR, {UserCount} users in Teammeter")]
    private partial void LogSnapshotRead(string tenantId, int employeeCount, int userCount);

    [LoggerMessage(2002, LogLevel.Information, "Sync run {Kind} finished for tenant {TenantId}: {Planned} planned, {Applied} applied, {Held} held, {Warnings} warnings in {DurationMs:F0} ms")]
    private partial void LogRunFinished(string tenantId, SyncRunKind kind, int planned, int applied, int held, int warnings, double durationMs);

    [LoggerMessage(2003, LogLevel.Error, "Sync run {Kind} failed for tenant {TenantId} ({ErrorType})")]
    private partial void LogRunFailed(string tenantId, SyncRunKind kind, string errorType, Exception exception);

    [LoggerMessage(2005, LogLevel.Debug, "Sync run {Kind} failed for tenant {TenantId}; the full exception")]
    private partial void LogRunFailedDetail(string tenantId, SyncRunKind kind, Exception exception);

    [LoggerMessage(2004, LogLevel.Information, "Sync run {Kind} for tenant {TenantId} was cancelled")]
    private partial void LogRunCancelled(string tenantId, SyncRunKind kind);
}
