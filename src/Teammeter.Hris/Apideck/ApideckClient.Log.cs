using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Apideck;

/// <summary>Log messages of the Apideck client (event ids 1000–1009): paths, status codes, counts; never keys or personal data.</summary>
internal sealed partial class ApideckClient
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug, Message = "Apideck {Operation} answered {StatusCode} in {ElapsedMs} ms")]
    private partial void LogResponse(string operation, int statusCode, long elapsedMs);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Apideck {Operation} failed with status {StatusCode} ({ErrorCode}), Apideck request id {RequestId}")]
    private partial void LogRequestFailed(string operation, int statusCode, string? errorCode, string? requestId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Apideck {Operation} failed without a response: {Reason}")]
    private partial void LogTransportFailed(string operation, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Debug, Message = "Read page {PageNumber} of Apideck {Operation}: {RecordCount} records")]
    private partial void LogPageRead(string operation, int pageNumber, int recordCount);
}
