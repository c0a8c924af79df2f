using System.CommandLine;
using Microsoft.Extensions.Options;
using Teammeter.Hris.Sample.CommandLine;
using Teammeter.Hris.Sample.Output;
using Teammeter.Hris.Sample.Serve;

namespace Teammeter.Hris.Sample.Commands;

/// <summary>The sample's entry point: parse, run the command, and turn every failure into a message and an exit code.</summary>
internal static class SampleApp
{
    /// <summary>Runs the command line with stderr taken as redirected (no progress), as the tests do.</summary>
    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, Func<string, string?> environment, CancellationToken cancellationToken) =>
        RunAsync(args, output, error, environment, errorIsTerminal: false, cancellationToken);

    /// <param name="errorIsTerminal">Whether stderr is a terminal: only then does a long command show its progress there.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, Func<string, string?> environment, bool errorIsTerminal, CancellationToken cancellationToken)
    {
        var root = SampleCommandLine.Create((result, token) =>
            RunCommandAsync(CommandLineParser.Read(result, environment), output, error, errorIsTerminal, token));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            return UsageErrors.Write(parsed, error);
        }

        // Help, --version and the completion directive are System.CommandLine's own actions; the rest run a command.
        // Ctrl+C stays with Program.cs (ProcessTerminationTimeout null), so a cancelled run still gets its message.
        return await parsed.InvokeAsync(
            new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null },
            cancellationToken);
    }

    private static async Task<int> RunCommandAsync(CommandLineResult parsed, TextWriter output, TextWriter error, bool errorIsTerminal, CancellationToken cancellationToken)
    {
        if (parsed.Options is not { } options)
        {
            return UsageErrors.Write(parsed.Error!, error);
        }

        var console = new SampleConsole(output, error, options.Json, options.Verbose, errorIsTerminal);
        try
        {
            try
            {
                return options.Command switch
                {
                    SampleCommand.Demo => await DemoCommand.RunAsync(options, console, cancellationToken),
                    SampleCommand.Serve => await ServeCommand.RunAsync(options, console, cancellationToken),
                    SampleCommand.Coach => await CoachCommand.RunAsync(options, console, cancellationToken),
                    SampleCommand.History => await HistoryCommand.RunAsync(options, console, cancellationToken),
                    _ => await TenantCommand.RunAsync(options, console, cancellationToken),
                };
            }
            finally
            {
                // The error below starts on a clean line, not after the progress line.
                console.Progress.Clear();
            }
        }
        catch (UsageException exception)
        {
            error.WriteLine($"error: {exception.Message}");
            return ExitCodes.Usage;
        }
        catch (SyncReviewException exception)
        {
            // A decision naming a plan or operation that cannot be decided (unknown, or already decided): nothing was written.
            error.WriteLine($"error: {exception.Message}");
            return ExitCodes.Usage;
        }
        catch (OptionsValidationException exception)
        {
            error.WriteLine($"configuration error: {exception.Message}");
            return ExitCodes.Usage;
        }
        catch (HrisSourceException exception)
        {
            // The engine reads everything before it writes anything, so a source failure never leaves half a sync.
            error.WriteLine($"HR source failed: {exception.Message}{Details(exception)}");
            error.WriteLine("Nothing was written.");
            return ExitCodes.HrSourceFailed;
        }
        catch (TenantLeaseException exception) when (exception.ErrorCode == TenantLeaseException.Busy)
        {
            error.WriteLine($"tenant busy: {exception.Message}");
            return ExitCodes.TenantBusy;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error.WriteLine("cancelled.");
            return ExitCodes.Failure;
        }
        catch (SyncApplyException exception)
        {
            error.WriteLine($"sync failed while writing: {exception.InnerException?.Message} ({exception.Report.AppliedOperations} of {exception.Report.Plan.Operations.Count} operations applied; a rerun completes the rest)");
            return ExitCodes.Failure;
        }
        catch (Exception exception)
        {
            // Exit code 1 for anything else, with the type so a support engineer knows where to look.
            error.WriteLine($"failed: {exception.GetType().Name}: {exception.Message}");
            return ExitCodes.Failure;
        }
    }

    private static string Details(HrisSourceException exception) =>
        exception.StatusCode is null && exception.ErrorCode is null
            ? string.Empty
            : $" (status {exception.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}, {exception.ErrorCode ?? "no error code"})";
}
