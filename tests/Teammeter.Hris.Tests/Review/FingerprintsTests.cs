using System.Security.Cryptography;
using System.Text.Json;
using CsCheck;
using Teammeter.Hris.Review;
using Teammeter.Hris.Tests.Reconciliation.Helpers;

namespace Teammeter.Hris.Tests.Review;

/// <summary>
/// A plan's fingerprint is hashed as it is written, in chunks; hosts store fingerprints and compare them across
/// runs, so it must stay the hash of the whole list serialised at once (kept here as the oracle) for every plan.
/// </summary>
public sealed class FingerprintsTests
{
    // Pieces the JSON writer escapes (quotes, backslash, HTML-sensitive and control characters, non-ASCII, a
    // surrogate pair) beside plain text, so escaped and unescaped runs meet in every combination.
    private static readonly Gen<string> s_text = Gen.OneOfConst(
            "e1", "Team One", "Zoë", "Ø", "😀", "\"quoted\"", "<b>&'+", "\\", "\n\t\u0001", "\u2028", "Ärger-Öl", "中文", " ")
        .Array[1, 4]
        .Select(string.Concat);

    // What an operation requires to be more than white space: its reason, and an UpdateUser's employee id.
    private static readonly Gen<string> s_reason = s_text.Where(t => !string.IsNullOrWhiteSpace(t));

    private static readonly Gen<string?> s_optional = Gen.Frequency((3, s_text.Select(t => (string?)t)), (1, Gen.Const((string?)null)));

    private static readonly Gen<UserFieldChange> s_change =
        from field in Gen.Enum<UserField>()
        from before in s_optional
        from after in s_optional
        select new UserFieldChange(field, before, after);

    // One generator per operation kind (SyncOperationKind), each with every field generated.
    private static readonly Gen<SyncOperation> s_operation = Gen.OneOf(
        Gen.Select(s_text, s_text, s_reason, (team, name, reason) => (SyncOperation)new CreateTeam(team, name, reason)),
        Gen.Select(s_text, s_text, s_text, s_reason, (team, old, name, reason) => (SyncOperation)new RenameTeam(team, old, name, reason)),
        Gen.Select(s_text, s_reason, (role, reason) => (SyncOperation)new CreateRole(role, reason)),
        Gen.Select(s_text, s_optional, s_optional, s_optional, s_reason, (id, first, last, email, reason) => (SyncOperation)new CreateUser(id, first, last, email, reason)),
        Gen.Select(s_reason, s_change.Array[1, 4], s_reason, s_optional, (id, changes, reason, match) => (SyncOperation)new UpdateUser(id, changes, reason, match)),
        Gen.Select(s_text, s_optional, s_optional, s_reason, (id, team, previous, reason) => (SyncOperation)new AssignTeam(id, team, previous, reason)),
        Gen.Select(s_text, s_optional, s_optional, s_reason, (id, role, previous, reason) => (SyncOperation)new AssignRole(id, role, previous, reason)),
        Gen.Select(s_text, s_text, s_optional, s_reason, (id, manager, previous, reason) => (SyncOperation)new SetManager(id, manager, previous, reason)),
        Gen.Select(s_text, s_text, s_reason, (id, previous, reason) => (SyncOperation)new ClearManager(id, previous, reason)),
        Gen.Select(s_text, s_reason, (id, reason) => (SyncOperation)new DeactivateUser(id, reason)),
        Gen.Select(s_text, s_reason, (id, reason) => (SyncOperation)new ReactivateUser(id, reason)),
        Gen.Select(s_text, s_text, s_optional, s_optional, s_text, s_reason, (id, email, first, last, key, reason) => (SyncOperation)new SendInvitation(id, email, first, last, key, reason)));

    [Fact]
    public void OfPlan_GeneratedOperationsOfEveryKind_EqualsTheHashOfTheWholeList()
    {
        // Up to 200 operations is several 16 KiB chunks, so plans end both on and between chunk boundaries.
        Gen.Select(s_operation.Array[0, 200], s_operation.Array[0, 20]).Sample(
            (operations, held) => Fingerprints.OfPlan(operations, held).Should().Be(WholeListFingerprint(operations, held)),
            iter: 300);
    }

    [Fact]
    public void OfPlan_PlannedOrganisations_EqualsTheHashOfTheWholeList()
    {
        OrgGenerators.Scenario(messy: true).Sample(
            scenario =>
            {
                var plan = scenario.Plan();
                Fingerprints.OfPlan(plan.Operations, plan.Held).Should().Be(WholeListFingerprint(plan.Operations, plan.Held));
            },
            iter: 300);
    }

    [Fact]
    public void OfPlan_EmptyPlan_EqualsTheHashOfTheWholeList()
    {
        Fingerprints.OfPlan([], []).Should().Be(WholeListFingerprint([], []));
    }

    [Fact]
    public void OfPlan_HeldOnly_EqualsTheHashOfTheWholeList()
    {
        s_operation.Array[1, 50].Sample(
            held => Fingerprints.OfPlan([], held).Should().Be(WholeListFingerprint([], held)),
            iter: 100);
    }

    [Fact]
    public void OfPlan_TwentyThousandOperations_EqualsTheHashOfTheWholeList()
    {
        // Some megabytes: hundreds of chunks.
        Gen.Select(s_operation.Array[20_000], s_operation.Array[0, 100]).Sample(
            (operations, held) => Fingerprints.OfPlan(operations, held).Should().Be(WholeListFingerprint(operations, held)),
            iter: 2);
    }

    [Fact]
    public void OfOperation_OperationOfEveryKind_EqualsTheHashOfTheWholeList()
    {
        s_operation.Sample(
            operation => Fingerprints.OfOperation(operation).Should().Be(WholeListFingerprint([operation], [])),
            iter: 300);
    }

    [Fact]
    public void OfPlan_FieldWithoutAName_EqualsTheHashOfTheWholeList()
    {
        // No plan makes one, but the fingerprint must still be the serialiser's (which writes the number), not a crash.
        var update = new UpdateUser("e1", [new UserFieldChange((UserField)99, "a", "b")], "HrChanged");

        Fingerprints.OfPlan([update], [update]).Should().Be(WholeListFingerprint([update], [update]));
    }

    // The algorithm before the hash was streamed: every operation in one list, serialised into one array, hashed.
    private static string WholeListFingerprint(IReadOnlyList<SyncOperation> operations, IReadOnlyList<SyncOperation> held)
    {
        var dtos = new List<OperationDto>(operations.Count + held.Count + 1);
        dtos.AddRange(operations.Select(o => OperationCodec.ToDto(o, string.Empty, ReviewOperationStatus.Approved, null)));
        dtos.Add(new OperationDto { Type = "held", Reason = "-" });
        dtos.AddRange(held.Select(o => OperationCodec.ToDto(o, string.Empty, ReviewOperationStatus.Pending, null)));
        var bytes = JsonSerializer.SerializeToUtf8Bytes(dtos, ReviewJsonContext.Default.ListOperationDto);
        return Convert.ToHexString(SHA256.HashData(bytes), 0, 16).ToLowerInvariant();
    }
}
