using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Apideck;

/// <summary>Log messages of the Apideck source (event ids 1010–1019): tenant and employee ids and counts only.</summary>
internal sealed partial class ApideckHrisSource
{
    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Read {EmployeeCount} employees in {PageCount} pages for tenant {TenantId} in {ElapsedMs} ms")]
    private partial void LogSnapshotRead(string tenantId, int employeeCount, int pageCount, long elapsedMs);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Warning, Message = "No employee of tenant {TenantId} carries {MissingFields}; the credential may not be allowed these attributes, so they are left untouched")]
    private partial void LogMissingFields(string tenantId, HrisFields missingFields);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Debug, Message = "Employee {EmployeeId} of tenant {TenantId} arrived again, unchanged, on page {PageNumber}; kept once")]
    private partial void LogDuplicateCollapsed(string tenantId, string employeeId, int pageNumber);
}
