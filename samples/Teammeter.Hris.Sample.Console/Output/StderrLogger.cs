using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Sample.Output;

/// <summary>A category's logger of <see cref="StderrLoggerProvider"/>, which decides what is shown.</summary>
internal sealed class StderrLogger(StderrLoggerProvider provider, string category) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && provider.IsEnabled(category, logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (IsEnabled(logLevel))
        {
            provider.Write(category, logLevel, eventId, state, exception, formatter(state, exception));
        }
    }
}
