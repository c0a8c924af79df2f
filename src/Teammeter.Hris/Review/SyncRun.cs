namespace Teammeter.Hris;

/// <summary>One entry of a tenant's run history: who started a run, when, how it ended, and what it counted.</summary>
/// <remarks>Ids and counts only: safe to store and show in support tooling.</remarks>
public sealed record SyncRun
{
    /// <summary>The tenant.</summary>
    public required string TenantId { get; init; }

    /// <summary>The run's id.</summary>
    public required string RunId { get; init; }

    /// <summary>What the run did.</summary>
    public required SyncRunKind Kind { get; init; }

    /// <summary>Who or what started it.</summary>
    public required SyncTrigger Trigger { get; init; }

    /// <summary>When it started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When it finished.</summary>
    public required DateTimeOffset FinishedAt { get; init; }

    /// <summary>How it ended.</summary>
    public required SyncOutcome Outcome { get; init; }

    /// <summary>The id of the plan the run made or acted on, if it got that far.</summary>
    public string? PlanId { get; init; }

    /// <summary>Operations planned (to apply, not held).</summary>
    public int PlannedOperations { get; init; }

    /// <summary>Operations applied.</summary>
    public int AppliedOperations { get; init; }

    /// <summary>Invitations sent.</summary>
    public int InvitationsSent { get; init; }

    /// <summary>Operations held for a person's approval.</summary>
    public int HeldOperations { get; init; }

    /// <summary>Warnings of the plan.</summary>
    public int Warnings { get; init; }

    /// <summary>For a failed run: the error's type (or Apideck error type), never its message.</summary>
    public string? Error { get; init; }
}
