using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Apideck;

/// <summary>Log messages of the Apideck resilience pipeline (event ids 1030–1039).</summary>
internal static partial class ApideckResilience
{
    [LoggerMessage(EventId = 1030, Level = LogLevel.Warning, Message = "Retrying an Apideck request after status {StatusCode} / exception {ExceptionType}: attempt {Attempt} in {DelayMs} ms")]
    private static partial void LogRetry(ILogger logger, int? statusCode, string? exceptionType, int attempt, long delayMs);
}
