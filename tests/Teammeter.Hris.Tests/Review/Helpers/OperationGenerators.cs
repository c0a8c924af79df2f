using CsCheck;

namespace Teammeter.Hris.Tests.Review.Helpers;

/// <summary>Operations of every kind with every field generated, in text the JSON writer must escape.</summary>
internal static class OperationGenerators
{
    // Pieces the JSON writer escapes (quotes, backslash, HTML-sensitive and control characters, non-ASCII, a
    // surrogate pair) beside plain text, so escaped and unescaped runs meet in every combination.
    public static readonly Gen<string> Text = Gen.OneOfConst(
            "e1", "Team One", "Zoë", "Ø", "😀", "\"quoted\"", "<b>&'+", "\\", "\n\t\u0001", "\u2028", "Ärger-Öl", "中文", " ")
        .Array[1, 4]
        .Select(string.Concat);

    // What an operation requires to be more than white space: its reason, and an UpdateUser's employee id.
    public static readonly Gen<string> Reason = Text.Where(t => !string.IsNullOrWhiteSpace(t));

    public static readonly Gen<string?> Optional = Gen.Frequency((3, Text.Select(t => (string?)t)), (1, Gen.Const((string?)null)));

    public static readonly Gen<UserFieldChange> Change =
        from field in Gen.Enum<UserField>()
        from before in Optional
        from after in Optional
        select new UserFieldChange(field, before, after);

    // One generator per operation kind (SyncOperationKind), each with every field generated.
    public static readonly Gen<SyncOperation> Operation = Gen.OneOf(
        Gen.Select(Text, Text, Reason, (team, name, reason) => (SyncOperation)new CreateTeam(team, name, reason)),
        Gen.Select(Text, Text, Text, Reason, (team, old, name, reason) => (SyncOperation)new RenameTeam(team, old, name, reason)),
        Gen.Select(Text, Reason, (role, reason) => (SyncOperation)new CreateRole(role, reason)),
        Gen.Select(Text, Optional, Optional, Optional, Reason, (id, first, last, email, reason) => (SyncOperation)new CreateUser(id, first, last, email, reason)),
        Gen.Select(Reason, Change.Array[1, 4], Reason, Optional, (id, changes, reason, match) => (SyncOperation)new UpdateUser(id, changes, reason, match)),
        Gen.Select(Text, Optional, Optional, Reason, (id, team, previous, reason) => (SyncOperation)new AssignTeam(id, team, previous, reason)),
        Gen.Select(Text, Optional, Optional, Reason, (id, role, previous, reason) => (SyncOperation)new AssignRole(id, role, previous, reason)),
        Gen.Select(Text, Text, Optional, Reason, (id, manager, previous, reason) => (SyncOperation)new SetManager(id, manager, previous, reason)),
        Gen.Select(Text, Text, Reason, (id, previous, reason) => (SyncOperation)new ClearManager(id, previous, reason)),
        Gen.Select(Text, Reason, (id, reason) => (SyncOperation)new DeactivateUser(id, reason)),
        Gen.Select(Text, Reason, (id, reason) => (SyncOperation)new ReactivateUser(id, reason)),
        Gen.Select(Text, Text, Optional, Optional, Text, Reason, (id, email, first, last, key, reason) => (SyncOperation)new SendInvitation(id, email, first, last, key, reason)));
}
