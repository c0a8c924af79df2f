namespace Teammeter.Hris.Review;

/// <summary>One warning in a stored plan's JSON.</summary>
internal sealed record WarningDto(SyncWarningCode Code, string Message, string? Employee, List<string> Related, string Why);
