using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Tests.Reliability.Helpers;

/// <summary>One captured log entry; <see cref="Exception"/> is the attached exception's <c>ToString()</c>.</summary>
internal sealed record CapturedLog(string Category, LogLevel Level, string Message, string? Exception);
