namespace Teammeter.Hris;

/// <summary>
/// Something a coach or a support engineer should know about a plan. Warnings name HR ids, never personal data,
/// so they are safe to log and to show in support tooling.
/// </summary>
public sealed record SyncWarning
{
    /// <summary>Creates a warning.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="message">A short explanation naming ids only.</param>
    /// <param name="employeeId">The employee the warning is about, if one.</param>
    /// <param name="relatedIds">Other ids involved (the other employee of a duplicate, the members of a cycle, ...).</param>
    public SyncWarning(SyncWarningCode code, string message, string? employeeId = null, IReadOnlyList<string>? relatedIds = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Code = code;
        Message = message;
        EmployeeId = employeeId;
        RelatedIds = relatedIds ?? [];
    }

    /// <summary>The stable code.</summary>
    public SyncWarningCode Code { get; }

    /// <summary>A short explanation naming ids only.</summary>
    public string Message { get; }

    /// <summary>The employee the warning is about, if one.</summary>
    public string? EmployeeId { get; }

    /// <summary>Other ids involved.</summary>
    public IReadOnlyList<string> RelatedIds { get; }

    /// <summary>The warning explained in plain language for the person reviewing a plan (no names or emails).</summary>
    public string Why => Reconciliation.Explainer.Explain(this);

    /// <inheritdoc />
    public bool Equals(SyncWarning? other) =>
        other is not null
        && Code == other.Code
        && Message == other.Message
        && EmployeeId == other.EmployeeId
        && RelatedIds.SequenceEqual(other.RelatedIds);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Message, EmployeeId, RelatedIds.Count);
}
