using System.Runtime.InteropServices;

namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// The Teammeter users indexed once: linked users by HR id, unlinked users by email. Linked users are indexed by
/// email only for the emails <see cref="IdentityMatcher"/> asks about (<see cref="AddLinkedEmail"/>): a
/// steady-state run asks about none, and a dictionary over every user's email cost more than the HR id index.
/// </summary>
internal sealed class UserIndex
{
    /// <summary>Marks an email that several users hold.</summary>
    public const int Several = -2;

    private UserIndex(TeammeterUser[] users)
    {
        Users = users;
        Emails = new string?[users.Length];
        SlotOf = new int[users.Length];
        Array.Fill(SlotOf, -1);
        IsLinked = new bool[users.Length];

        // Sized once: growing a 100,000-entry table would rehash it several times over.
        ByExternalId = new(users.Length);
    }

    public TeammeterUser[] Users { get; }

    /// <summary>Each user's email, trimmed (<see langword="null"/> when blank).</summary>
    public string?[] Emails { get; }

    /// <summary>Each user's matched employee slot, or -1.</summary>
    public int[] SlotOf { get; }

    /// <summary>
    /// Linked users by HR id (ordinal); one user per id. An <see cref="IdTable"/>, not a dictionary: every employee
    /// is looked up here in the snapshot's order, which need not be the users' order, and a dictionary then reads
    /// each user's id string at random (docs/performance.md, "Reconciler at 100,000").
    /// </summary>
    public IdTable ByExternalId { get; }

    /// <summary>Whether the user is linked and the one its HR id maps to (the one synced when several share an id).</summary>
    public bool[] IsLinked { get; }

    /// <summary>
    /// Linked users by email (trimmed, case-insensitive), for the emails added with <see cref="AddLinkedEmail"/>;
    /// <see cref="Several"/> when more than one.
    /// </summary>
    public Dictionary<string, int> LinkedByEmail { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Unlinked users by email (trimmed, case-insensitive); <see cref="Several"/> when more than one.</summary>
    public Dictionary<string, int> UnlinkedByEmail { get; } = new(StringComparer.OrdinalIgnoreCase);

    public int ActiveLinkedCount { get; private set; }

    public static UserIndex Build(PlanContext context)
    {
        var index = new UserIndex([.. context.State.Users]);
        var users = index.Users;
        Dictionary<string, int>? duplicates = null;

        for (var u = 0; u < users.Length; u++)
        {
            index.Emails[u] = Normalise.Text(users[u].Email);
            var externalId = users[u].EmployeeId;
            if (string.IsNullOrWhiteSpace(externalId))
            {
                if (index.Emails[u] is { } email)
                {
                    Add(index.UnlinkedByEmail, email, u);
                }

                continue;
            }

            // Counted as the synced user for its id until a duplicate id says otherwise (fixed up below): one pass
            // over 100,000 users instead of two.
            index.IsLinked[u] = true;
            index.ActiveLinkedCount += users[u].IsActive ? 1 : 0;
            ref var chosen = ref index.ByExternalId.GetValueRefOrAddDefault(externalId, out var seen);
            if (!seen)
            {
                chosen = u;
                continue;
            }

            duplicates ??= new(StringComparer.Ordinal);
            duplicates[externalId] = duplicates.GetValueOrDefault(externalId, 1) + 1;
            if (UserRecordOrder.Instance.Compare(users[u], users[chosen]) < 0)
            {
                chosen = u;
            }
        }

        foreach (var (id, count) in duplicates ?? [])
        {
            context.Warn(SyncWarningCode.DuplicateEmployeeId, $"Teammeter holds {count} users linked to this employee id; one of them is synced.", id);
        }

        for (var u = 0; duplicates is not null && u < users.Length; u++)
        {
            if (index.IsLinked[u] && index.ByExternalId[users[u].EmployeeId!] != u)
            {
                index.IsLinked[u] = false;
                index.ActiveLinkedCount -= users[u].IsActive ? 1 : 0;
            }
        }

        return index;
    }

    /// <summary>Adds a linked user (<see cref="IsLinked"/>) to <see cref="LinkedByEmail"/> under its email.</summary>
    public void AddLinkedEmail(int user) => Add(LinkedByEmail, Emails[user]!, user);

    private static void Add(Dictionary<string, int> byEmail, string email, int user)
    {
        ref var holder = ref CollectionsMarshal.GetValueRefOrAddDefault(byEmail, email, out var taken);
        holder = taken ? Several : user;
    }
}
