using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Apideck;

/// <summary>Log messages of the Vault calls (event ids 1020–1029). The setup link itself is never logged: it is a secret.</summary>
internal sealed partial class ApideckConnections
{
    [LoggerMessage(EventId = 1020, Level = LogLevel.Information, Message = "Created an HR setup link for tenant {TenantId}")]
    private partial void LogSetupLinkCreated(string tenantId);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Information, Message = "HR connection of tenant {TenantId} to {ServiceId}: state {State}, enabled {Enabled}")]
    private partial void LogStatusRead(string tenantId, string serviceId, string state, bool enabled);

    [LoggerMessage(EventId = 1022, Level = LogLevel.Information, Message = "Status check of tenant {TenantId} read {EmployeeCount} employees; missing attributes: {MissingFields}")]
    private partial void LogAttributesChecked(string tenantId, int employeeCount, HrisFields missingFields);

    [LoggerMessage(EventId = 1023, Level = LogLevel.Warning, Message = "Status check of tenant {TenantId}: Vault reports the connection usable, but reading employees failed (status {StatusCode}, {ErrorCode}, request {RequestId})")]
    private partial void LogAttributeCheckFailed(string tenantId, int? statusCode, string? errorCode, string? requestId);
}
