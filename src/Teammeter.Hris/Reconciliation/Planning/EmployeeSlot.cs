namespace Teammeter.Hris.Reconciliation;

/// <summary>The run's decisions about one employee. A struct in one array: no allocation per employee.</summary>
internal struct EmployeeSlot
{
    /// <summary>Index of the matched user in <see cref="TeammeterState.Users"/>, or -1.</summary>
    public int User;

    public MatchKind Match;

    /// <summary>What the lifecycle table says: the employee should be an active user.</summary>
    public bool ShouldBeActive;

    /// <summary>Why the employee should not be active (a <see cref="SyncReasons"/> value).</summary>
    public string? InactiveReason;

    /// <summary>HR's email, trimmed; <see langword="null"/> when HR has none or did not deliver emails.</summary>
    public string? Email;

    /// <summary>
    /// <see cref="Email"/>'s <see cref="CaseInsensitiveHash"/>, taken while the string is in cache (0 without an email):
    /// later steps sieve with it before touching the string again.
    /// </summary>
    public int EmailHash;

    /// <summary>The matched user already holds <see cref="Email"/> (ignoring case), so it shares <see cref="EmailHash"/>.</summary>
    public bool EmailIsUsers;

    /// <summary>Another employee (or several unlinked users) claims the same email: it cannot be used.</summary>
    public bool EmailConflict;

    /// <summary>A different Teammeter user already holds the email: it cannot be used.</summary>
    public bool EmailInUse;

    /// <summary>Not created because its email is in conflict or in use.</summary>
    public bool Excluded;

    /// <summary>
    /// HR's email belongs to a leaver's account (deactivated, or leaving in this snapshot) under another HR id: the
    /// employee's creation is held for a person to decide (docs/reconciliation.md, "Recycled emails").
    /// </summary>
    public bool Reused;

    /// <summary>
    /// Why the tenant's scope leaves the employee out, or <see langword="null"/>. An out-of-scope employee has no
    /// email for the run (it takes part in no email match or conflict) and nothing planned but the hold of its user.
    /// </summary>
    /// <remarks>One byte (the reason plus one; 0 in scope), not a nullable enum: the slot does not grow by a word.</remarks>
    private byte _outOfScope;

    public ScopeExclusion? OutOfScope
    {
        readonly get => _outOfScope == 0 ? null : (ScopeExclusion)(_outOfScope - 1);
        set => _outOfScope = value is { } reason ? (byte)(reason + 1) : (byte)0;
    }

    /// <summary>A re-key held by the guard: nothing else is planned for the employee.</summary>
    public bool Blocked;

    public bool Created;

    /// <summary>The employee is an active user once the plan is applied.</summary>
    public bool WillBeActive;

    public readonly bool EmailUsable => Email is not null && !EmailConflict && !EmailInUse;
}
