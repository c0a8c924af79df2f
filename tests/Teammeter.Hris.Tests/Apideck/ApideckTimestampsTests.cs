using System.Text;
using CsCheck;
using RichardSzalay.MockHttp;
using Teammeter.Hris.Apideck;
using Teammeter.Hris.Tests.Apideck.Helpers;
using static Teammeter.Hris.Tests.Apideck.Helpers.ApideckFixtures;

namespace Teammeter.Hris.Tests.Apideck;

public sealed class ApideckTimestampsTests
{
    public static TheoryData<string, DateTimeOffset?> Timestamps => new()
    {
        { "\"2020-09-30T07:43:32.000Z\"", new DateTimeOffset(2020, 9, 30, 7, 43, 32, TimeSpan.Zero) },
        { "\"2024-01-02T10:00:00+01:00\"", new DateTimeOffset(2024, 1, 2, 10, 0, 0, TimeSpan.FromHours(1)) },
        { "\"2024-01-02T10:00:00-05:30\"", new DateTimeOffset(2024, 1, 2, 10, 0, 0, new TimeSpan(-5, -30, 0)) },
        { "\"2024-01-02T10:00:00\"", new DateTimeOffset(2024, 1, 2, 10, 0, 0, TimeSpan.Zero) },
        { "\"2024-01-02\"", new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero) },
        { "\"2024-01-02 10:00:00Z\"", new DateTimeOffset(2024, 1, 2, 10, 0, 0, TimeSpan.Zero) },
        { "\"2024-01-02T10:00:00\\u002B01:00\"", new DateTimeOffset(2024, 1, 2, 10, 0, 0, TimeSpan.FromHours(1)) },
        { "\"yesterday\"", null },
        { "\"\"", null },
        { "null", null },
        { "1700000000", null },
        { "{\"at\":\"2024-01-02\"}", null },
    };

    [Theory]
    [MemberData(nameof(Timestamps))]
    public void Read_AnyJsonValue_ParsesIsoAsWrittenOrUtcAndAnythingElseAsNull(string json, DateTimeOffset? expected)
    {
        var page = Deserialize($$"""{"data":[{"id":"1","created_at":{{json}},"first_name":"after"}]}""");

        var employee = page.Items!.Single();
        employee.CreatedAt.Should().Be(expected);
        employee.CreatedAt?.Offset.Should().Be(expected!.Value.Offset, "the offset as written is kept");
        employee.FirstName.Should().Be("after", "an unreadable timestamp must not derail the rest of the record");
    }

    // The reader gives an offset-less value the machine's local offset; on a UTC machine the theory above cannot
    // tell the correction from its absence, so the check that decides it is tested directly.
    [Theory]
    [InlineData("2024-01-02T10:00:00Z", true)]
    [InlineData("2024-01-02T10:00:00.123z", true)]
    [InlineData("2024-01-02T10:00:00+01:00", true)]
    [InlineData("2024-01-02T10:00:00-05:30", true)]
    [InlineData("2024-01-02T10:00:00", false)]
    [InlineData("2024-01-02T10:00:00.000", false)]
    [InlineData("2024-01-02", false)]
    public void HasOffset_IsoValue_SeesOnlyAnOffsetAfterTheTime(string iso, bool expected) =>
        ApideckTimestamps.HasOffset(Encoding.UTF8.GetBytes(iso)).Should().Be(expected);

    [Fact]
    public void TryParseIsoDate_AnyTenCharacters_AgreesWithTryParseExact()
    {
        // Digits and dashes where a date has them, plus the odd letter or space: leap days, month ends, zeros.
        var chars = Gen.OneOf(Gen.Char['0', '9'], Gen.Char['0', '3'], Gen.OneOfConst('-', ' ', 'x', '+'));
        var candidates = Gen.OneOf(
            chars.Array[10].Select(c => new string(c)),
            Gen.Select(Gen.Int[0, 10_000], Gen.Int[0, 13], Gen.Int[0, 32], (y, m, d) => $"{y:D4}-{m:D2}-{d:D2}"));

        candidates.Sample(text =>
        {
            var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed);

            ApideckTimestamps.TryParseIsoDate(Encoding.UTF8.GetBytes(text), out var date).Should().Be(expected, text);
            date.Should().Be(expected ? parsed : default, text);
        }, iter: 20_000);
    }

    [Fact]
    public async Task ReadSnapshotAsync_UnreadableTimestamps_KeepTheEmployeeWithoutThem()
    {
        using var host = new ApideckTestHost();
        var odd = Employee("1");
        odd["created_at"] = "yesterday";
        odd["updated_at"] = 42;
        var plain = Employee("2");
        plain["updated_at"] = "2024-01-02T10:00:00Z";
        host.Mock.When("*").Respond(_ => Json(Page(null, odd, plain)));

        var snapshot = await host.Source.ReadSnapshotAsync("t1");

        snapshot.Employees.Select(e => (e.EmployeeId, e.CreatedAt, e.UpdatedAt)).Should().Equal(
            ("1", (DateTimeOffset?)null, (DateTimeOffset?)null),
            ("2", new DateTimeOffset(2020, 9, 30, 7, 43, 32, TimeSpan.Zero), new DateTimeOffset(2024, 1, 2, 10, 0, 0, TimeSpan.Zero)));
    }

    private static ApideckListPage<HrisEmployee> Deserialize(string json) =>
        new ApideckEmployeeReader(1, null, null).Read(Encoding.UTF8.GetBytes(json))!;
}
