using Teammeter.Hris.Scheduling;

namespace Teammeter.Hris.Tests.Scheduling;

public sealed class DailyScheduleTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Fact]
    public void SlotOn_TwoZones_ConvertsLocalTimeToTheRightInstant()
    {
        DailySchedule.SlotOn(new DateOnly(2026, 1, 15), new TimeOnly(6, 0), Berlin).UtcDateTime.Should().Be(new DateTime(2026, 1, 15, 5, 0, 0));
        DailySchedule.SlotOn(new DateOnly(2026, 7, 15), new TimeOnly(6, 0), Berlin).UtcDateTime.Should().Be(new DateTime(2026, 7, 15, 4, 0, 0));
        DailySchedule.SlotOn(new DateOnly(2026, 1, 15), new TimeOnly(6, 0), NewYork).UtcDateTime.Should().Be(new DateTime(2026, 1, 15, 11, 0, 0));
    }

    [Fact]
    public void SlotOn_InsideSpringForwardGap_MovesToFirstValidMinute()
    {
        // Berlin skips 02:00-03:00 on 2026-03-29.
        var slot = DailySchedule.SlotOn(new DateOnly(2026, 3, 29), new TimeOnly(2, 30), Berlin);

        slot.UtcDateTime.Should().Be(new DateTime(2026, 3, 29, 1, 0, 0));
    }

    [Fact]
    public void SlotOn_InRepeatedAutumnHour_TakesFirstOccurrence()
    {
        // Berlin repeats 02:00-03:00 on 2026-10-25; the first 02:30 is 00:30 UTC.
        var slot = DailySchedule.SlotOn(new DateOnly(2026, 10, 25), new TimeOnly(2, 30), Berlin);

        slot.UtcDateTime.Should().Be(new DateTime(2026, 10, 25, 0, 30, 0));
    }

    [Theory]
    [InlineData("Europe/Berlin", 2026, 3, 26)]
    [InlineData("Europe/Berlin", 2026, 10, 22)]
    [InlineData("America/New_York", 2026, 3, 6)]
    [InlineData("America/New_York", 2026, 10, 29)]
    public void Next_AcrossDstChange_GivesExactlyOneSlotPerLocalDay(string zoneId, int year, int month, int day)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var at = new TimeOnly(2, 30);
        var cursor = DailySchedule.SlotOn(new DateOnly(year, month, day), at, zone);
        var days = new List<DateOnly> { DailySchedule.LocalDate(cursor, zone) };

        for (var i = 0; i < 7; i++)
        {
            var next = DailySchedule.Next(cursor, at, zone);
            (next - cursor).Should().BeGreaterThan(TimeSpan.FromHours(22)).And.BeLessThan(TimeSpan.FromHours(26));
            days.Add(DailySchedule.LocalDate(next, zone));
            cursor = next;
        }

        days.Should().Equal(Enumerable.Range(0, 8).Select(d => new DateOnly(year, month, day).AddDays(d)));
    }

    [Fact]
    public void MostRecent_BeforeTodaysSlot_ReturnsYesterdays()
    {
        var now = new DateTimeOffset(2026, 11, 25, 4, 0, 0, TimeSpan.Zero); // 05:00 in Berlin

        DailySchedule.MostRecent(now, new TimeOnly(6, 0), Berlin).UtcDateTime.Should().Be(new DateTime(2026, 11, 24, 5, 0, 0));
        DailySchedule.MostRecent(now, new TimeOnly(4, 0), Berlin).UtcDateTime.Should().Be(new DateTime(2026, 11, 25, 3, 0, 0));
    }
}
