using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Tests.AspNetCore.Review;

/// <summary>Collects every formatted log line (all levels), so a test can prove that names and emails never reach the log.</summary>
internal sealed class ListLoggerProvider(List<string> lines) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new ListLogger(lines, categoryName);

    public void Dispose()
    {
    }

    private sealed class ListLogger(List<string> lines, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (lines)
            {
                lines.Add($"{category} {logLevel} {formatter(state, exception)} {exception}");
            }
        }
    }
}
