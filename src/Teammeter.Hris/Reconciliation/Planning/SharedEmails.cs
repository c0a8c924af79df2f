namespace Teammeter.Hris.Reconciliation;

/// <summary>Finds emails that several active employees share: none of them may be used to create, change or invite a user.</summary>
internal static class SharedEmails
{
    /// <summary>Marks every active employee whose email another active employee also has, with one warning per email.</summary>
    public static void Mark(PlanContext context)
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
            var ids = new List<string>(others.Count + 1) { records[first].EmployeeId };
            foreach (var other in others)
            {
                ids.Add(records[other].EmployeeId);
            }

            ids.Sort(StringComparer.Ordinal);
            context.Warn(
                SyncWarningCode.DuplicateEmail,
                $"{others.Count + 1} active employees share one email; no user is created or changed on it and none is invited.",
                ids[0],
                ids[1..]);
        }
    }
}
