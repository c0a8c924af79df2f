using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Teammeter.Hris.Apideck.Dtos;

namespace Teammeter.Hris.Apideck;

/// <summary>Creates Apideck Vault setup links and reads the tenant's HRIS connection.</summary>
internal sealed partial class ApideckConnections(
    ApideckClient client,
    IOptions<PersonioSyncOptions> options,
    TimeProvider timeProvider,
    ILogger<ApideckConnections> logger) : IHrisConnections
{
    /// <summary>Apideck documents a Vault session's default lifetime as one hour (TTL 3600).</summary>
    internal static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(1);

    /// <summary>
    /// Employees the status check reads: enough that an attribute empty for all of them is almost surely not
    /// delivered, and within one Personio page (100), so the check costs one downstream call.
    /// </summary>
    internal const int CheckPageSize = 50;

    public async Task<HrisSetupLink> CreateSetupLinkAsync(string tenantId, HrisSetupLinkRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(request);

        var body = new SessionRequestDto
        {
            ConsumerMetadata = new ConsumerMetadataDto
            {
                AccountName = request.OrganisationName,
                UserName = request.UserName,
                Email = request.UserEmail,
            },
            RedirectUri = request.RedirectUri?.AbsoluteUri,
            // Only the HRIS unified API is offered, so the admin cannot wander into unrelated integrations.
            Settings = new SessionSettingsDto { UnifiedApis = ["hris"] },
        };
        var response = await client.CreateSessionAsync(tenantId, body, cancellationToken).ConfigureAwait(false);
        var uri = response.Data?.SessionUri;
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var url))
        {
            throw new HrisSourceException("Apideck created a Vault session but returned no usable session_uri.");
        }

        LogSetupLinkCreated(tenantId);
        return new HrisSetupLink(url, timeProvider.GetUtcNow() + SessionLifetime);
    }

    public async Task<HrisConnectionStatus> GetStatusAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        var serviceId = options.Value.ServiceId;
        var connection = await client.GetConnectionAsync(tenantId, cancellationToken).ConfigureAwait(false);
        var status = connection is null
            ? new HrisConnectionStatus(serviceId, HrisConnectionStatus.NotFoundState, Enabled: false)
            : new HrisConnectionStatus(
                string.IsNullOrEmpty(connection.ServiceId) ? serviceId : connection.ServiceId,
                string.IsNullOrEmpty(connection.State) ? HrisConnectionStatus.NotFoundState : connection.State,
                connection.Enabled ?? false);
        LogStatusRead(tenantId, status.ServiceId, status.State, status.Enabled);
        return status.IsConnected ? await CheckAttributesAsync(tenantId, status, cancellationToken).ConfigureAwait(false) : status;
    }

    /// <summary>
    /// Vault only knows the credential is accepted, not which attributes Personio lets it read. One small page of
    /// employees shows what the sync would get, so the admin learns of a missing Email or Hire date before the first
    /// sync instead of after it. A failed read is reported on the status; the Vault state is kept either way.
    /// </summary>
    private async Task<HrisConnectionStatus> CheckAttributesAsync(string tenantId, HrisConnectionStatus status, CancellationToken cancellationToken)
    {
        try
        {
            var employees = await client.GetFirstEmployeesAsync(tenantId, CheckPageSize, cancellationToken).ConfigureAwait(false);
            var missing = MissingFieldDetector.Detect(employees);
            LogAttributesChecked(tenantId, employees.Count, missing);
            return status with { MissingFields = missing };
        }
        catch (HrisSourceException ex)
        {
            LogAttributeCheckFailed(tenantId, ex.StatusCode, ex.ErrorCode, ex.RequestId);
            return status with { ReadError = ex.Message };
        }
    }
}
