namespace Teammeter.Hris;

/// <summary>
/// What a tenant currently has in Teammeter, as loaded from the host through its sink.
/// </summary>
public sealed class TeammeterState
{
    /// <summary>Creates a state.</summary>
    /// <param name="tenantId">The tenant the state belongs to.</param>
    /// <param name="users">Every user of the tenant, linked to HR or not.</param>
    /// <param name="teams">Teams that carry an HR id.</param>
    /// <param name="roles">Every role name that exists in the tenant (synced or added by a coach).</param>
    /// <param name="invitationsReleased">Whether the tenant's initial review has been approved and invitations released.</param>
    /// <exception cref="ArgumentException"><paramref name="tenantId"/> is empty or white space.</exception>
    /// <exception cref="ArgumentNullException">An argument or a list entry is <see langword="null"/>.</exception>
    public TeammeterState(
        string tenantId,
        IReadOnlyList<TeammeterUser> users,
        IReadOnlyList<TeammeterTeam> teams,
        IReadOnlyList<string> roles,
        bool invitationsReleased)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ThrowIfNullOrHoldsNull(users);
        ThrowIfNullOrHoldsNull(teams);
        ThrowIfNullOrHoldsNull(roles);

        TenantId = tenantId;
        Users = users;
        Teams = teams;
        Roles = roles;
        InvitationsReleased = invitationsReleased;
    }

    /// <summary>The tenant the state belongs to.</summary>
    public string TenantId { get; }

    /// <summary>Every user of the tenant.</summary>
    public IReadOnlyList<TeammeterUser> Users { get; }

    /// <summary>Teams that carry an HR id.</summary>
    public IReadOnlyList<TeammeterTeam> Teams { get; }

    /// <summary>Every role name that exists in the tenant.</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>Whether invitations have been released after the initial review.</summary>
    public bool InvitationsReleased { get; }

    /// <summary>Creates the state of a tenant that has nothing yet (before its initial sync).</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <returns>An empty state.</returns>
    public static TeammeterState Empty(string tenantId) => new(tenantId, [], [], [], invitationsReleased: false);

    private static void ThrowIfNullOrHoldsNull<T>(IReadOnlyList<T> items, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(items))] string? name = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, name);
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentNullException(name, $"The list '{name}' contains a null entry.");
            }
        }
    }
}
