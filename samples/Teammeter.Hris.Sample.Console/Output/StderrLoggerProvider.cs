using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Sample.Output;

/// <summary>
/// The sample's only log output, on stderr (stdout belongs to the command and to <c>--json</c>). By default a network
/// hiccup costs one line per retry instead of Polly's and HttpClient's stack traces, and the final error is the
/// command's own message; the package's other warnings keep one line each. <c>--verbose</c> shows every log, with
/// exceptions, as a support engineer needs it when the short lines are not enough.
/// </summary>
internal sealed class StderrLoggerProvider(ProgressWriter progress, bool verbose, Func<int> maxRetryAttempts, bool showProgress) : ILoggerProvider
{
    private const string PackageCategory = "Teammeter.Hris";

    // The Apideck client's failed-request warnings (1001, 1002) and the engine's failed-run error (2003): the command's
    // final error says the same, with the status and Apideck's request id.
    private static readonly int[] RepeatedByTheFinalError = [1001, 1002, 2003];

    // The Apideck client's page-read event: the progress line counts it.
    private const int PageReadEventId = 1003;

    public ILogger CreateLogger(string categoryName) => new StderrLogger(this, categoryName);

    public void Dispose()
    {
    }

    internal bool IsEnabled(string category, LogLevel level)
    {
        var package = category.StartsWith(PackageCategory, StringComparison.Ordinal);
        return verbose
            ? level >= (package ? LogLevel.Debug : LogLevel.Information)
            : package ? level >= (showProgress ? LogLevel.Debug : LogLevel.Warning) : level >= LogLevel.Error && !IsHttpNoise(category);
    }

    internal void Write<TState>(string category, LogLevel level, EventId eventId, TState state, Exception? exception, string message)
    {
        if (verbose)
        {
            progress.WriteLine($"{Label(level)}: {category}[{eventId.Id}] {message}{(exception is null ? string.Empty : Environment.NewLine + exception)}");
            return;
        }

        if (eventId.Id == PageReadEventId)
        {
            progress.PageRead(state is IEnumerable<KeyValuePair<string, object?>> values ? RecordCount(values) : 0);
        }
        else if (eventId.Id == RetryLine.RetryEventId && state is IEnumerable<KeyValuePair<string, object?>> retry)
        {
            progress.WriteLine(RetryLine.Format(retry, maxRetryAttempts()));
        }
        else if (level >= LogLevel.Warning && !RepeatedByTheFinalError.Contains(eventId.Id))
        {
            progress.WriteLine($"{Label(level)}: {message}");
        }
    }

    // Polly's and HttpClient's failures are the retries and the final error again, with stack traces; other hosting
    // errors (a crashed background service of serve, the review page's server) still get their one line.
    private static bool IsHttpNoise(string category) =>
        category.StartsWith("Polly", StringComparison.Ordinal) || category.StartsWith("System.Net.Http", StringComparison.Ordinal) || category.StartsWith("Microsoft.Extensions.Http", StringComparison.Ordinal);

    private static int RecordCount(IEnumerable<KeyValuePair<string, object?>> values) =>
        values.FirstOrDefault(p => p.Key == "RecordCount").Value is int count ? count : 0;

    private static string Label(LogLevel level) => level switch
    {
        LogLevel.Critical or LogLevel.Error => "error",
        LogLevel.Warning => "warning",
        LogLevel.Information => "info",
        _ => "debug",
    };
}
