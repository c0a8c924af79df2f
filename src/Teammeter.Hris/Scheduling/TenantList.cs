using Microsoft.Extensions.Logging;
using Teammeter.Hris.Diagnostics;

namespace Teammeter.Hris.Scheduling;

/// <summary>
/// One read of the host's tenant list, as both schedulers (the built-in daily sync and the Quartz schedule keeper)
/// take it: the usable records, and the ids of records that could not be used, which keep whatever schedule they had.
/// </summary>
/// <param name="Usable">Records with a tenant id and a time zone, automatic sync on or off.</param>
/// <param name="Unreadable">Ids of records that were skipped; a record that cannot be read is not a tenant that left.</param>
internal sealed partial record TenantList(IReadOnlyList<SyncTenant> Usable, IReadOnlySet<string> Unreadable)
{
    /// <summary>
    /// Reads the list; <see langword="null"/> when the host's provider failed (logged), so the caller keeps its
    /// schedule and looks again at its next refresh. One unusable record is skipped (logged), never thrown: it must
    /// not stop the schedule of every other tenant.
    /// </summary>
    public static async Task<TenantList?> ReadAsync(ISyncTenantProvider tenants, ILogger logger, CancellationToken cancellationToken)
    {
        IReadOnlyList<SyncTenant> list;
        try
        {
            list = await tenants.GetTenantsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The host's exception may quote personal data: type and stack at Warning, the message only at Debug.
            LogTenantListFailed(logger, RedactedException.Of(exception));
            LogTenantListFailedDetail(logger, exception);
            return null;
        }

        var usable = new List<SyncTenant>(list.Count);
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tenant in list)
        {
            if (SkipReason(tenant) is { } reason)
            {
                LogTenantSkipped(logger, string.IsNullOrWhiteSpace(tenant?.TenantId) ? "(none)" : tenant.TenantId, reason);
                if (!string.IsNullOrWhiteSpace(tenant?.TenantId))
                {
                    unreadable.Add(tenant.TenantId);
                }

                continue;
            }

            usable.Add(tenant!);
        }

        return new TenantList(usable, unreadable);
    }

    private static string? SkipReason(SyncTenant? tenant) => tenant switch
    {
        null => "the record is null",
        _ when string.IsNullOrWhiteSpace(tenant.TenantId) => "it has no tenant id",
        { TimeZone: null } => "it has no time zone",
        _ => null,
    };
}
