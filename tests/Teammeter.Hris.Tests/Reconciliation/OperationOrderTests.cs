using System.Globalization;
using CsCheck;
using Teammeter.Hris.Operations;
using Teammeter.Hris.Reconciliation;

namespace Teammeter.Hris.Tests.Reconciliation;

/// <summary>
/// The order of a plan's operations must be exactly a stable sort by ordinal id and kind, whatever the ids: the
/// sort compares packed prefixes of the ids first, and only their strings where the prefixes are equal.
/// </summary>
public sealed class OperationOrderTests
{
    // Ids around every edge of the 8-character prefix: short, 8 and 9 characters, NUL, DEL and what lies above it
    // (which the prefix cannot tell apart), and long ids that share their first 8 characters.
    private static readonly Gen<string> s_id = Gen.OneOf(
        Gen.Int[0, 99_999_999].Select(n => n.ToString(CultureInfo.InvariantCulture)),
        Gen.Char["\0\u007f019aAzZ-_ "].Array[0, 10].Select(c => new string(c)),
        Gen.Char["0a\u007f\u0080ßé中"].Array[0, 10].Select(c => new string(c)),
        Gen.Int[0, 30].Select(n => $"12345678{n}"));

    // An id with one of the 12 kinds: operations cannot be made with an empty or blank id.
    private static readonly Gen<(string Id, int Kind)> s_operation = Gen.Select(s_id.Where(id => !string.IsNullOrWhiteSpace(id)), Gen.Int[0, 11]);

    [Fact]
    public void SortByIdThenKind_GeneratedOperations_IsAStableSortByOrdinalIdThenKind()
    {
        s_operation.Array[0, 200].Sample(
            drawn =>
            {
                var planned = drawn.Select((o, position) => Make(o.Id, o.Kind, position)).ToList();
                var expected = planned.OrderBy(IdOf, StringComparer.Ordinal).ThenBy(o => o.Kind).ToList();

                var sorted = planned.ToList();
                OperationOrder.SortByIdThenKind(sorted);

                sorted.Should().Equal(expected);
            },
            iter: 500);
    }

    [Fact]
    public void SortByKindThenId_GeneratedOperations_IsAStableSortByKindThenOrdinalId()
    {
        s_operation.Array[0, 200].Sample(
            drawn =>
            {
                var planned = drawn.Select((o, position) => Make(o.Id, o.Kind, position)).ToList();
                var expected = planned.OrderBy(o => o.Kind).ThenBy(IdOf, StringComparer.Ordinal).ToList();

                var sorted = planned.ToList();
                OperationOrder.SortByKindThenId(sorted);

                sorted.Should().Equal(expected);
            },
            iter: 500);
    }

    [Theory]
    [InlineData("12345678", "123456780")]
    [InlineData("1", "1\0")]
    [InlineData("\u007f", "\u0080")]
    [InlineData("\u0080", "\u00ff")]
    [InlineData("éé", "中")]
    [InlineData("Z", "a")]
    [InlineData("10", "9")]
    public void SortByIdThenKind_IdsThePrefixCannotTellApart_AreOrderedByTheirStrings(string lower, string higher)
    {
        // The higher id's operation is planned first and has the lower kind, so only the strings put it second.
        var operations = new List<SyncOperation> { new CreateUser(higher, null, null, null, "first"), new AssignTeam(lower, "t", null, "second") };

        OperationOrder.SortByIdThenKind(operations);

        operations.Select(IdOf).Should().Equal(lower, higher);
    }

    // The reason carries the planned position, so operations equal in id and kind are still told apart.
    private static SyncOperation Make(string id, int kind, int position)
    {
        var reason = position.ToString(CultureInfo.InvariantCulture);
        return kind switch
        {
            0 => new CreateTeam(id, "Team", reason),
            1 => new RenameTeam(id, "Old", "New", reason),
            2 => new CreateRole(id, reason),
            3 => new CreateUser(id, null, null, null, reason),
            4 => new UpdateUser(id, [new UserFieldChange(UserField.LastName, "A", "B")], reason),
            5 => new AssignTeam(id, "t", null, reason),
            6 => new AssignRole(id, "r", null, reason),
            7 => new SetManager(id, "m", null, reason),
            8 => new ClearManager(id, "m", reason),
            9 => new DeactivateUser(id, reason),
            10 => new ReactivateUser(id, reason),
            _ => new SendInvitation(id, "a@example.com", null, null, "k", reason),
        };
    }

    private static string IdOf(SyncOperation operation) => operation switch
    {
        CreateTeam o => o.TeamId,
        RenameTeam o => o.TeamId,
        CreateRole o => o.Role,
        _ => OperationKeys.EmployeeOf(operation)!,
    };
}
