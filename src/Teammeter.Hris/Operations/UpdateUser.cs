namespace Teammeter.Hris;

/// <summary>
/// Change attributes of an existing user. The user is found by <see cref="EmployeeId"/>; when the change set
/// includes <see cref="UserField.EmployeeId"/>, the user is found by that change's <see cref="UserFieldChange.Before"/>
/// id instead, or, when that is <see langword="null"/> (first-time link), by <see cref="UserFieldChange.Before"/> of
/// the user's email (<see cref="MatchEmail"/>).
/// </summary>
public sealed record UpdateUser : SyncOperation
{
    /// <summary>Creates the operation.</summary>
    /// <param name="employeeId">The HR id the user is (or, after this operation, will be) keyed by.</param>
    /// <param name="changes">The changed attributes, before and after; at least one.</param>
    /// <param name="reason">Why the operation is planned.</param>
    /// <param name="matchEmail">For a first-time link: the email of the unlinked user to link.</param>
    public UpdateUser(string employeeId, IReadOnlyList<UserFieldChange> changes, string reason, string? matchEmail = null)
        : base(reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(employeeId);
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            throw new ArgumentException("An UpdateUser needs at least one change.", nameof(changes));
        }

        EmployeeId = employeeId;
        Changes = changes;
        MatchEmail = matchEmail;
    }

    /// <inheritdoc />
    public override SyncOperationKind Kind => SyncOperationKind.UpdateUser;

    /// <summary>The HR id the user is (or, after this operation, will be) keyed by.</summary>
    public string EmployeeId { get; }

    /// <summary>The changed attributes, before and after.</summary>
    public IReadOnlyList<UserFieldChange> Changes { get; }

    /// <summary>For a first-time link by email: the (normalised) email of the unlinked user; otherwise <see langword="null"/>.</summary>
    public string? MatchEmail { get; }

    /// <inheritdoc />
    public bool Equals(UpdateUser? other) =>
        other is not null
        && base.Equals(other)
        && EmployeeId == other.EmployeeId
        && MatchEmail == other.MatchEmail
        && Changes.SequenceEqual(other.Changes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), EmployeeId, MatchEmail, Changes.Count);
}
