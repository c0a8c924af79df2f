using Teammeter.Hris.Sample.CommandLine;
using Teammeter.Hris.Sample.Output;

namespace Teammeter.Hris.Sample.Commands;

/// <summary>
/// <c>history</c>: the tenant's runs, newest first, from the run history in the sample database: what a support
/// engineer or the admin's "sync activity" page reads. Needs no Apideck credentials.
/// </summary>
internal static class HistoryCommand
{
    /// <summary>The most runs listed.</summary>
    public const int Limit = 50;

    public static async Task<int> RunAsync(SampleOptions options, SampleConsole console, CancellationToken cancellationToken)
    {
        if (!File.Exists(options.DatabasePath))
        {
            throw new UsageException($"Option '--db': '{options.DatabasePath}' does not exist; the history is kept in the database a sync writes.");
        }

        var runs = await new SqliteSyncStore(options.DatabasePath).GetRunsAsync(options.Tenant, Limit, cancellationToken);
        HistoryOutput.Write(console, options.Tenant, runs);
        return ExitCodes.Success;
    }
}
