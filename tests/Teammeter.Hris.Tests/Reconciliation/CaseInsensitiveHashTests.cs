using Teammeter.Hris.Reconciliation;

namespace Teammeter.Hris.Tests.Reconciliation;

/// <summary>The sieve is exact only if strings equal ignoring case (ordinal) always hash alike.</summary>
public sealed class CaseInsensitiveHashTests
{
    [Fact]
    public void Fold_EveryCharacterPairEqualIgnoringCase_FoldsAlike()
    {
        // Equal strings share the framework's case-insensitive hash: grouping by it finds every equal pair.
        var groups = Enumerable.Range(0, char.MaxValue + 1)
            .Select(c => ((char)c).ToString())
            .GroupBy(s => StringComparer.OrdinalIgnoreCase.GetHashCode(s));
        foreach (var group in groups)
        {
            foreach (var a in group)
            {
                foreach (var b in group.Where(b => string.Equals(a, b, StringComparison.OrdinalIgnoreCase)))
                {
                    CaseInsensitiveHash.Fold(b[0]).Should().Be(CaseInsensitiveHash.Fold(a[0]), $"U+{(int)a[0]:X4} equals U+{(int)b[0]:X4} ignoring case");
                }
            }
        }
    }

    [Theory]
    [InlineData("alex.12345@acme.example", "ALEX.12345@ACME.EXAMPLE")]
    [InlineData("Jürgen.Straße@Example.DE", "JÜRGEN.STRASSE@example.de")]
    [InlineData("ıi@x.io", "II@X.IO")]
    [InlineData("a", "A")]
    [InlineData("", "")]
    public void Of_StringsEqualIgnoringCase_HashAlike(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            CaseInsensitiveHash.Of(a).Should().Be(CaseInsensitiveHash.Of(b));
        }
    }

    [Fact]
    public void Of_DistinctEmails_RarelyCollideInTheLowBits()
    {
        var emails = Enumerable.Range(0, 100_000).Select(i => $"alex.{i}@acme.example").ToList();
        var buckets = emails.Select(e => CaseInsensitiveHash.Of(e) & ((1 << 21) - 1)).Distinct().Count();
        buckets.Should().BeGreaterThan(95_000);
    }
}
