namespace Teammeter.Hris.Sample.CommandLine;

/// <summary>Bad usage found after parsing (exit code 2); the message names the option.</summary>
internal sealed class UsageException(string message) : Exception(message);
