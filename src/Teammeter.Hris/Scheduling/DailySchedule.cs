namespace Teammeter.Hris.Scheduling;

/// <summary>
/// Turns "every day at HH:mm in this time zone" into instants. Each local date maps to exactly one instant, so a
/// DST change neither skips nor doubles a day: a slot inside the spring-forward gap moves to the first valid minute
/// after it, and a slot in the repeated autumn hour takes its first occurrence.
/// </summary>
internal static class DailySchedule
{
    public static DateTimeOffset SlotOn(DateOnly localDate, TimeOnly at, TimeZoneInfo zone)
    {
        var local = localDate.ToDateTime(at, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local)
            ? zone.GetAmbiguousTimeOffsets(local).Max()
            : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The latest slot at or before <paramref name="now"/>.</summary>
    public static DateTimeOffset MostRecent(DateTimeOffset now, TimeOnly at, TimeZoneInfo zone)
    {
        var today = LocalDate(now, zone);
        var slot = SlotOn(today, at, zone);
        return slot <= now ? slot : SlotOn(today.AddDays(-1), at, zone);
    }

    /// <summary>The first slot after <paramref name="now"/>.</summary>
    public static DateTimeOffset Next(DateTimeOffset now, TimeOnly at, TimeZoneInfo zone)
    {
        var today = LocalDate(now, zone);
        var slot = SlotOn(today, at, zone);
        return slot > now ? slot : SlotOn(today.AddDays(1), at, zone);
    }

    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
