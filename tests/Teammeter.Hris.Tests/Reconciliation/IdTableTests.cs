using CsCheck;
using Teammeter.Hris.Reconciliation;

namespace Teammeter.Hris.Tests.Reconciliation;

/// <summary>
/// The plan's id lookups must answer exactly as an ordinal dictionary would, whether an id is packed into its entry
/// (up to 8 ASCII characters) or compared as a string.
/// </summary>
public sealed class IdTableTests
{
    // Ids around every edge of the packing: empty, 8 and 9 characters, NUL and DEL, non-ASCII, and long ids that
    // share a prefix, so packed, hashed and near-equal ids meet in one table.
    private static readonly Gen<string> s_id = Gen.OneOf(
        Gen.Int[0, 99_999_999].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Char["\0\u007f019aAzZ-_ "].Array[0, 10].Select(c => new string(c)),
        Gen.Char["0a\u0080ßé中"].Array[0, 9].Select(c => new string(c)),
        Gen.Int[0, 999].Select(n => $"00000000-0000-4000-8000-{n:D12}"));

    [Fact]
    public void GetValueRefOrAddDefault_GeneratedIds_AnswersAsAnOrdinalDictionary()
    {
        Gen.Select(s_id.Array[0, 300], s_id.Array[0, 50]).Sample(
            (added, probed) =>
            {
                var table = new IdTable(added.Length);
                var oracle = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < added.Length; i++)
                {
                    ref var value = ref table.GetValueRefOrAddDefault(added[i], out var exists);
                    exists.Should().Be(oracle.ContainsKey(added[i]), $"'{added[i]}' was added before");
                    if (!exists)
                    {
                        value = i;
                        oracle[added[i]] = i;
                    }
                }

                table.Count.Should().Be(oracle.Count);
                table.Entries().Should().Equal(oracle, "entries come in the order their ids were added");
                foreach (var id in added.Concat(probed))
                {
                    table.TryGetValue(id, out var found).Should().Be(oracle.TryGetValue(id, out var expected), $"'{id}'");
                    found.Should().Be(expected);
                }
            },
            iter: 500);
    }

    [Theory]
    [InlineData("1", "1\0")]
    [InlineData("", "\0")]
    [InlineData("12345678", "123456789")]
    [InlineData("abc", "ABC")]
    [InlineData("\u0080", "\0")]
    [InlineData("Straße", "Strasse")]
    public void TryGetValue_IdsThatPackOrHashCloseTogether_AreTold(string first, string second)
    {
        var table = new IdTable(2);
        table.GetValueRefOrAddDefault(first, out _) = 1;

        table.TryGetValue(second, out _).Should().BeFalse();
        table.GetValueRefOrAddDefault(second, out var exists) = 2;
        exists.Should().BeFalse();
        table[first].Should().Be(1);
        table[second].Should().Be(2);
    }

    [Fact]
    public void GetValueRefOrAddDefault_MoreIdsThanSizedFor_ThrowsNamingTheCapacity()
    {
        var table = new IdTable(2);
        table.GetValueRefOrAddDefault("1", out _);
        table.GetValueRefOrAddDefault("2", out _);
        table.GetValueRefOrAddDefault("1", out var exists).Should().Be(0);
        exists.Should().BeTrue();

        var add = () => table.GetValueRefOrAddDefault("3", out _);

        add.Should().Throw<InvalidOperationException>().WithMessage("*sized for 2 ids*");
    }

    [Fact]
    public void Indexer_UnknownId_ThrowsKeyNotFound()
    {
        var table = new IdTable(1);

        var read = () => table["4000001"];

        read.Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void GetValueRefOrAddDefault_100000NumericIds_FindsEachOnce()
    {
        // The shape of a large Personio tenant: every id packed, the table at its sized capacity.
        var ids = Enumerable.Range(0, 100_000).Select(i => (4_000_000 + (i * 7)).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var table = new IdTable(ids.Length);
        for (var i = 0; i < ids.Length; i++)
        {
            table.GetValueRefOrAddDefault(ids[i], out _) = i;
        }

        ids.Select((id, i) => table.TryGetValue(id, out var found) && found == i).Should().AllBeEquivalentTo(true);
        table.TryGetValue("4000001", out _).Should().BeFalse();
    }
}
