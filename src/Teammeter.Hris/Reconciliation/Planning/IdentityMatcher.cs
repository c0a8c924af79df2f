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

        for (var i = 0; i < records.Length; i++)
        {
            if (users.ByExternalId.TryGetValue(records[i].Id, out var user))
            {
                Claim(ref slots[i], i, user, MatchKind.ById, users);
            }
        }

        MarkSharedEmails(context);

        for (var i = 0; i < records.Length; i++)
        {
            ref var slot = ref slots[i];
            if (slot.Match == MatchKind.None && slot.EmailConflict)
            {
                slot.Excluded = true;
            }
            else if (slot.Match == MatchKind.None && slot.ShouldBeActive && slot.Email is not null)
            {
                MatchByEmail(context, i, ref slot);
            }
            else if (slot.Match == MatchKind.ById && slot.ShouldBeActive && slot.EmailUsable)
            {
                CheckEmailFree(context, i, ref slot);
            }
        }
    }

    private static void MarkSharedEmails(PlanContext context)
    {
        var records = context.Employees.Records;
        var slots = context.Slots;

        // Sieve by hash first: nearly every email is unique, and proving that with a dictionary over all of them
        // (touching every string again) cost more than any other step. Every shared email has one hash, so the exact
        // pass below still sees all of them, in the same order.
        var sieve = new RepeatedHashes(records.Length);
        for (var i = 0; i < records.Length; i++)
        {
            if (slots[i].ShouldBeActive && slots[i].Email is not null)
            {
                sieve.Add(slots[i].EmailHash);
            }
        }

        var firstByEmail = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        Dictionary<int, List<int>>? shared = null;
        for (var i = 0; i < records.Length; i++)
        {
            if (!slots[i].ShouldBeActive || slots[i].Email is not { } email || !sieve.MayRepeat(slots[i].EmailHash))
            {
                continue;
            }

            if (firstByEmail.TryAdd(email, i))
            {
                continue;
            }

            var first = firstByEmail[email];
            shared ??= [];
            if (!shared.TryGetValue(first, out var group))
            {
                shared[first] = group = [];
                slots[first].EmailConflict = true;
            }

            group.Add(i);
            slots[i].EmailConflict = true;
        }

        foreach (var (first, others) in shared ?? [])
        {
            // Records follow snapshot order, so the warning names the smallest id first and the rest in id order.
            var ids = new List<string>(others.Count + 1) { records[first].Id };
            foreach (var other in others)
            {
                ids.Add(records[other].Id);
            }

            ids.Sort(StringComparer.Ordinal);
            context.Warn(
                SyncWarningCode.DuplicateEmail,
                $"{others.Count + 1} active employees share one email; no user is created or changed on it and none is invited.",
                ids[0],
                ids[1..]);
        }
    }

    private static void MatchByEmail(PlanContext context, int i, ref EmployeeSlot slot)
    {
        var users = context.Users;
        var id = context.Employees.Records[i].Id;
        var email = slot.Email!;
        var hasUnlinked = users.UnlinkedByEmail.TryGetValue(email, out var unlinked);

        if (users.LinkedByEmail.TryGetValue(email, out var linked))
        {
            var oldId = linked >= 0 ? users.Users[linked].ExternalId! : null;
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

    private static void CheckEmailFree(PlanContext context, int i, ref EmployeeSlot slot)
    {
        var users = context.Users;
        var email = slot.Email!;
        if (string.Equals(email, users.Emails[slot.User], StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var heldByLinked = users.LinkedByEmail.TryGetValue(email, out var other);
        if (heldByLinked || users.UnlinkedByEmail.ContainsKey(email))
        {
            slot.EmailInUse = true;
            var otherId = heldByLinked && other >= 0 ? users.Users[other].ExternalId : null;
            context.Warn(
                SyncWarningCode.EmailInUse,
                "HR's email for this employee belongs to another Teammeter user; the user's email is left unchanged.",
                context.Employees.Records[i].Id,
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
