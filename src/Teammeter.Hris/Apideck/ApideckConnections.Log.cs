using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Apideck;

/// <summary>Log messages of the Vault calls (event ids 1020–1029). The setup link itself is never logged: it is a secret.</summary>
internal sealed partial class ApideckConnections
{
    [LoggerMessage(EventId = 1020, Level = LogLevel.Information, Message = "Created an HR setup link for tenant {TenantId}")]
    private partial void LogSetupLinkCreated(string tenantId);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Information, Message = "HR connection of tenant {TenantId} to {ServiceId}: state {State}, enabled {Enabled}")]
    private partial void LogStatusRead(string tenantId, string serviceId, string state, bool enabled);
}
