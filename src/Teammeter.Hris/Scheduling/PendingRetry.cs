namespace Teammeter.Hris.Scheduling;

/// <summary>A same-day retry of a tenant's failed scheduled sync: when, and which attempt (1 is the first retry).</summary>
internal readonly record struct PendingRetry(DateTimeOffset At, int Attempt);
