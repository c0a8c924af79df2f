namespace Teammeter.Hris.Reconciliation;

/// <summary>
/// Finds each employee's Teammeter user: by HR id; else, for employees who should be active, a re-keyed user
/// (its old HR id vanished, same email) or an unlinked user with the same email. Marks emails that are in
/// conflict or in use, so no user is created or changed on an ambiguous email.
/// </summary>
internal static class IdentityMatcher
{
    public static void Match(PlanContext context)
    {
        var records = context.Employees.Records;
        var slots = context.Slots;
        var users = context.Users;

        // Matches by HR id were made by Lifecycle (MatchById), in its pass over the records.
        SharedEmails.Mark(context);

        // The employees whose email must be looked up among the users: collected first, so linked users are indexed
        // by email only for those (none in a steady state). Each decision depends only on its own slot.
        var pending = new List<int>();
        for (var i = 0; i < records.Length; i++)
        {
            ref var slot = ref slots[i];
            if (slot.Match == MatchKind.None && slot.EmailConflict)
            {
                slot.Excluded = true;
            }
            else if (slot.Match == MatchKind.None && slot.ShouldBeActive && slot.Email is not null)
            {
                pending.Add(i);
            }
            else if (slot.Match == MatchKind.ById && slot.ShouldBeActive && slot.EmailUsable)
            {
                slot.EmailIsUsers = string.Equals(slot.Email, users.Emails[slot.User], StringComparison.OrdinalIgnoreCase);
                if (!slot.EmailIsUsers)
                {
                    pending.Add(i);
                }
            }
        }

        if (pending.Count == 0)
        {
            return;
        }

        // Without linked users (a first sync) there is nothing to index.
        if (users.ByExternalId.Count > 0)
        {
            IndexLinkedEmails(context, pending);
        }

        foreach (var i in pending)
        {
            if (slots[i].Match == MatchKind.None)
            {
                MatchByEmail(context, i, ref slots[i]);
            }
            else
            {
                CheckEmailFree(context, i, ref slots[i]);
            }
        }
    }

    /// <summary>Adds to <see cref="UserIndex.LinkedByEmail"/> every linked user holding one of the pending employees' emails.</summary>
    private static void IndexLinkedEmails(PlanContext context, List<int> pending)
    {
        var slots = context.Slots;
        var users = context.Users;
        var wanted = new HashSet<string>(pending.Count, StringComparer.OrdinalIgnoreCase);
        var wantedHashes = new HashSet<int>(pending.Count);
        foreach (var i in pending)
        {
            wanted.Add(slots[i].Email!);
            wantedHashes.Add(slots[i].EmailHash);
        }

        for (var u = 0; u < users.Users.Length; u++)
        {
            if (!users.IsLinked[u] || users.Emails[u] is not { } email)
            {
                continue;
            }

            // A user holding its employee's email shares the hash Lifecycle took: the string need not be read again.
            var slot = users.SlotOf[u];
            var hash = slot >= 0 && slots[slot].EmailIsUsers ? slots[slot].EmailHash : CaseInsensitiveHash.Of(email);
            if (wantedHashes.Contains(hash) && wanted.Contains(email))
            {
                users.AddLinkedEmail(u);
            }
        }
    }

    /// <summary>Links employee <paramref name="i"/> to the user with its HR id, if any.</summary>
    public static void MatchById(PlanContext context, int i)
    {
        var users = context.Users;
        if (users.ByExternalId.TryGetValue(context.Employees.Records[i].EmployeeId, out var user))
        {
            Claim(ref context.Slots[i], i, user, MatchKind.ById, users);
        }
    }

    private static void MatchByEmail(PlanContext context, int i, ref EmployeeSlot slot)
    {
        var users = context.Users;
        var id = context.Employees.Records[i].EmployeeId;
        var email = slot.Email!;
        var hasUnlinked = users.UnlinkedByEmail.TryGetValue(email, out var unlinked);

        if (users.LinkedByEmail.TryGetValue(email, out var linked))
        {
            var oldId = linked >= 0 ? users.Users[linked].EmployeeId! : null;
            if (oldId is not null && !hasUnlinked && IsLeaver(context, linked, oldId))
            {
                // Never hand a leaver's account (and history) to a new HR id, nor re-key it.
                slot.Reused = slot.Excluded = true;
                context.Warn(
                    SyncWarningCode.EmailReused,
                    "The email belongs to the account of a leaver with another HR id; the new employee is held until a person decides (a new person: free the address; a rehire: relink).",
                    id,
                    [oldId]);
                return;
            }

            if (oldId is not null && !hasUnlinked && users.SlotOf[linked] < 0 && !context.Employees.ById.ContainsKey(oldId))
            {
                Claim(ref slot, i, linked, MatchKind.Rekeyed, users);
                context.Warn(SyncWarningCode.HrIdChanged, "The employee's HR id changed (same email under a new id); the user is re-keyed, not re-created.", id, [oldId]);
                return;
            }

            slot.EmailInUse = slot.Excluded = true;
            context.Warn(SyncWarningCode.EmailInUse, "The email belongs to a Teammeter user linked to another employee; the employee is not created.", id, oldId is null ? null : [oldId]);
            return;
        }

        if (!hasUnlinked)
        {
            return;
        }

        if (unlinked == UserIndex.Several)
        {
            slot.EmailConflict = slot.Excluded = true;
            context.Warn(SyncWarningCode.DuplicateEmail, "The email matches several unlinked Teammeter users; the employee is not created.", id);
            return;
        }

        Claim(ref slot, i, unlinked, MatchKind.LinkedByEmail, users);
    }

    /// <summary>Whether the linked user is a leaver: deactivated in Teammeter, or no longer active in this snapshot.</summary>
    private static bool IsLeaver(PlanContext context, int user, string oldId)
    {
        if (!context.Users.Users[user].IsActive)
        {
            return true;
        }

        return context.Employees.ById.TryGetValue(oldId, out var old) && !context.Slots[old].ShouldBeActive;
    }

    private static void CheckEmailFree(PlanContext context, int i, ref EmployeeSlot slot)
    {
        var users = context.Users;
        var email = slot.Email!;
        var heldByLinked = users.LinkedByEmail.TryGetValue(email, out var other);
        if (heldByLinked || users.UnlinkedByEmail.ContainsKey(email))
        {
            slot.EmailInUse = true;
            var otherId = heldByLinked && other >= 0 ? users.Users[other].EmployeeId : null;
            context.Warn(
                SyncWarningCode.EmailInUse,
                "HR's email for this employee belongs to another Teammeter user; the user's email is left unchanged.",
                context.Employees.Records[i].EmployeeId,
                otherId is null ? null : [otherId]);
        }
    }

    private static void Claim(ref EmployeeSlot slot, int i, int user, MatchKind kind, UserIndex users)
    {
        slot.User = user;
        slot.Match = kind;
        users.SlotOf[user] = i;
    }
}
