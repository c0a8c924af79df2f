namespace Teammeter.Hris.Review;

/// <summary>One operation in a stored plan's JSON: a flat record, so the document stays readable and versionable.</summary>
internal sealed record OperationDto
{
    public required string Type { get; init; }

    public required string Reason { get; init; }

    public string? Key { get; init; }

    public string? Why { get; init; }

    public ReviewOperationStatus Status { get; init; }

    public string? HrFingerprint { get; init; }

    public string? Employee { get; init; }

    public string? Team { get; init; }

    public string? PreviousTeam { get; init; }

    public string? Name { get; init; }

    public string? PreviousName { get; init; }

    public string? Role { get; init; }

    public string? PreviousRole { get; init; }

    public string? Manager { get; init; }

    public string? PreviousManager { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Email { get; init; }

    public string? IdempotencyKey { get; init; }

    public string? MatchEmail { get; init; }

    public List<ChangeDto>? Changes { get; init; }
}
