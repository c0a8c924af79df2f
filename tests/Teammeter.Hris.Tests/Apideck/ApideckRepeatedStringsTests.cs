using System.Text;
using System.Text.Json;
using Teammeter.Hris.Apideck;

namespace Teammeter.Hris.Tests.Apideck;

/// <summary>Repeated string values are found by their bytes and shared; anything else reads as it always did.</summary>
public sealed class ApideckRepeatedStringsTests
{
    [Fact]
    public void Get_EqualValues_ReturnsTheFirstInstance()
    {
        var strings = new ApideckRepeatedStrings();

        var first = Read(strings, "\"Engineering\"");
        var second = Read(strings, "\"Engineering\"");

        second.Should().Be("Engineering");
        ReferenceEquals(first, second).Should().BeTrue();
    }

    [Fact]
    public void Get_ValuesDifferingInCaseOrSpace_AreKeptApart()
    {
        var strings = new ApideckRepeatedStrings();

        var values = new[] { "\"Sales\"", "\"sales\"", "\"Sales \"", "\"Salés\"" }.Select(v => Read(strings, v)).ToList();

        values.Should().Equal("Sales", "sales", "Sales ", "Salés");
    }

    [Fact]
    public void Get_EscapedValue_IsReadAsBeforeAndShared()
    {
        var strings = new ApideckRepeatedStrings();

        var plain = Read(strings, "\"Zoë\"");
        var escaped = Read(strings, "\"Zo\\u00eb\"");
        var escapedAgain = Read(strings, "\"Zo\\u00EB\"");

        escaped.Should().Be(plain);
        escapedAgain.Should().BeSameAs(escaped, "escaped values are shared by their string");
    }

    [Fact]
    public void Get_ThousandsOfDistinctValues_EachStaysSharedAfterTheTableGrows()
    {
        var strings = new ApideckRepeatedStrings();
        var firsts = Enumerable.Range(0, 5_000).Select(i => Read(strings, $"\"team-{i}\"")).ToList();

        var again = Enumerable.Range(0, 5_000).Select(i => Read(strings, $"\"team-{i}\"")).ToList();

        again.Should().Equal(firsts);
        again.Zip(firsts).Should().OnlyContain(pair => ReferenceEquals(pair.First, pair.Second));
    }

    [Fact]
    public void Get_LongValue_IsSharedByItsString()
    {
        var strings = new ApideckRepeatedStrings();
        var text = new string('x', 500);

        var first = Read(strings, $"\"{text}\"");
        var second = Read(strings, $"\"{text}\"");

        second.Should().Be(text).And.BeSameAs(first);
    }

    [Fact]
    public void Share_EqualValues_SharesTheFirstAndKeepsNull()
    {
        var strings = new ApideckRepeatedStrings();

        var first = strings.Share("Engineer");

        strings.Share(new string("Engineer".AsSpan())).Should().BeSameAs(first);
        strings.Share("engineer").Should().Be("engineer");
        strings.Share(null).Should().BeNull();
    }

    [Fact]
    public void Get_InvalidUtf8_FailsEveryTime()
    {
        // GetString validates the bytes; a value that failed was never kept, so its repeat fails too.
        var strings = new ApideckRepeatedStrings();
        var invalid = new byte[] { (byte)'"', 0xC3, 0x28, (byte)'"' };

        var first = () => Read(strings, invalid);
        var second = () => Read(strings, invalid);

        first.Should().Throw<InvalidOperationException>();
        second.Should().Throw<InvalidOperationException>();
    }

    private static string Read(ApideckRepeatedStrings strings, string json) => Read(strings, Encoding.UTF8.GetBytes(json));

    private static string Read(ApideckRepeatedStrings strings, byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return strings.Get(ref reader);
    }
}
