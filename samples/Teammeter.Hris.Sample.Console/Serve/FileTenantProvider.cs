using Microsoft.Extensions.Logging;
using Teammeter.Hris.Sample.CommandLine;

namespace Teammeter.Hris.Sample.Serve;

/// <summary>
/// The host's tenant list, from the <c>--tenants</c> file. Re-read whenever the file changes, so turning a tenant's
/// automatic sync on or off, or moving its time, needs no restart; a broken edit keeps the last good list (and says
/// so) rather than stopping every tenant's schedule.
/// </summary>
internal sealed partial class FileTenantProvider : ISyncTenantProvider
{
    private readonly string _path;
    private readonly ILogger<FileTenantProvider> _logger;
    private readonly Lock _lock = new();
    private IReadOnlyList<SyncTenant> _tenants;
    private DateTime _readVersion;

    /// <summary>Reads the file once; a bad file stops start-up with a <see cref="UsageException"/> naming the problem.</summary>
    public FileTenantProvider(string path, ILogger<FileTenantProvider> logger)
    {
        _path = path;
        _logger = logger;
        _readVersion = File.GetLastWriteTimeUtc(path);
        _tenants = TenantsFile.Read(path);
    }

    public Task<IReadOnlyList<SyncTenant>> GetTenantsAsync(CancellationToken cancellationToken) => Task.FromResult(Current());

    public Task<SyncTenant?> FindTenantAsync(string tenantId, CancellationToken cancellationToken) =>
        Task.FromResult(Current().FirstOrDefault(t => t.TenantId == tenantId));

    private IReadOnlyList<SyncTenant> Current()
    {
        lock (_lock)
        {
            var version = File.GetLastWriteTimeUtc(_path);
            if (version != _readVersion)
            {
                _readVersion = version;
                try
                {
                    _tenants = TenantsFile.Read(_path);
                    LogReloaded(_tenants.Count);
                }
                catch (UsageException exception)
                {
                    LogReloadFailed(exception.Message);
                }
            }

            return _tenants;
        }
    }

    [LoggerMessage(9100, LogLevel.Information, "Tenants file re-read: {Count} tenants")]
    private partial void LogReloaded(int count);

    [LoggerMessage(9101, LogLevel.Warning, "Tenants file changed but cannot be used; keeping the last good list. {Problem}")]
    private partial void LogReloadFailed(string problem);
}
