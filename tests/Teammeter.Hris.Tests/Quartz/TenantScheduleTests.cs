using Quartz;
using Teammeter.Hris.Scheduling;

namespace Teammeter.Hris.Tests.Quartz;

public sealed class TenantScheduleTests
{
    private const string Group = "teammeter-hris";

    public static TheoryData<string, DateTimeOffset, string[]> SixAmAroundDstChanges => new()
    {
        // Berlin: CET (+01) until 2026-03-29 02:00, CEST (+02) until 2026-10-25 03:00.
        { "Europe/Berlin", Utc(2026, 3, 27), ["2026-03-27T05:00Z", "2026-03-28T05:00Z", "2026-03-29T04:00Z", "2026-03-30T04:00Z"] },
        { "Europe/Berlin", Utc(2026, 10, 23), ["2026-10-23T04:00Z", "2026-10-24T04:00Z", "2026-10-25T05:00Z", "2026-10-26T05:00Z"] },
        // New York: EST (-05) until 2026-03-08 02:00, EDT (-04) until 2026-11-01 02:00.
        { "America/New_York", Utc(2026, 3, 6), ["2026-03-06T11:00Z", "2026-03-07T11:00Z", "2026-03-08T10:00Z", "2026-03-09T10:00Z"] },
        { "America/New_York", Utc(2026, 10, 30), ["2026-10-30T10:00Z", "2026-10-31T10:00Z", "2026-11-01T11:00Z", "2026-11-02T11:00Z"] },
        // Kolkata has no DST: +05:30 all year, also on the days Europe and America change.
        { "Asia/Kolkata", Utc(2026, 3, 27), ["2026-03-27T00:30Z", "2026-03-28T00:30Z", "2026-03-29T00:30Z", "2026-03-30T00:30Z"] },
        { "Asia/Kolkata", Utc(2026, 10, 30), ["2026-10-30T00:30Z", "2026-10-31T00:30Z", "2026-11-01T00:30Z", "2026-11-02T00:30Z"] },
    };

    [Theory]
    [MemberData(nameof(SixAmAroundDstChanges))]
    public void Trigger_SixAmLocal_FiresAtSixLocalOnEveryDayAroundDstChanges(string zoneId, DateTimeOffset from, string[] expected)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        // The trigger starts when it is built; start it at the test's date so the result does not depend on the clock.
        var trigger = TenantSchedule.Trigger(new SyncTenant("t1", zone, new TimeOnly(6, 0), true), Group)
            .GetTriggerBuilder().StartAt(from).Build();

        var fires = new List<DateTimeOffset>();
        var after = from;
        for (var i = 0; i < expected.Length; i++)
        {
            after = trigger.GetFireTimeAfter(after) ?? throw new InvalidOperationException("The trigger stopped firing.");
            fires.Add(after);
        }

        fires.Should().Equal(expected.Select(e => DateTimeOffset.Parse(e, System.Globalization.CultureInfo.InvariantCulture)));
        fires.Select(f => TimeZoneInfo.ConvertTime(f, zone).TimeOfDay).Should().AllBeEquivalentTo(TimeSpan.FromHours(6));
    }

    [Theory]
    [InlineData("2026-03-27T00:00Z", "2026-03-29T01:30Z")] // 02:30 does not exist that day: fires at 03:30 CEST
    [InlineData("2026-10-23T00:00Z", "2026-10-25T00:30Z")] // 02:30 happens twice that day: fires at the first
    public void Trigger_SlotInsideTheHourDstSkipsOrRepeats_FiresOncePerLocalDay(string from, string onChangeDay)
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var start = DateTimeOffset.Parse(from, System.Globalization.CultureInfo.InvariantCulture);
        var trigger = TenantSchedule.Trigger(new SyncTenant("t1", berlin, new TimeOnly(2, 30), true), Group)
            .GetTriggerBuilder().StartAt(start).Build();

        var fires = new List<DateTimeOffset>();
        for (var after = start; fires.Count < 4;)
        {
            after = trigger.GetFireTimeAfter(after)!.Value;
            fires.Add(after);
        }

        fires.Select(f => TimeZoneInfo.ConvertTime(f, berlin).Date).Should().Equal(Enumerable.Range(0, 4).Select(d => start.UtcDateTime.Date.AddDays(d)));
        fires[2].Should().Be(DateTimeOffset.Parse(onChangeDay, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Trigger_Always_FiresOnceNowAfterDowntimeInTheTenantsZone()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");

        var trigger = TenantSchedule.Trigger(new SyncTenant("t1", zone, new TimeOnly(6, 30, 15), true), Group);

        var cron = trigger.Should().BeAssignableTo<ICronTrigger>().Subject;
        cron.CronExpressionString.Should().Be("15 30 6 ? * *");
        cron.TimeZone.Id.Should().Be(zone.Id);
        cron.MisfireInstruction.Should().Be(MisfireInstruction.CronTrigger.FireOnceNow);
        cron.Key.Should().Be(new TriggerKey("t1", Group));
        cron.JobKey.Should().Be(new JobKey("t1", Group));
    }

    [Fact]
    public void Job_Always_HoldsOnlyTheTenantIdAndRequestsRecovery()
    {
        var job = TenantSchedule.Job("tenant-42", Group);

        job.JobDataMap.Should().ContainSingle().Which.Should().Be(new KeyValuePair<string, object?>("tenantId", "tenant-42"));
        job.Key.Should().Be(new JobKey("tenant-42", Group));
        job.RequestsRecovery.Should().BeTrue();
        job.ConcurrentExecutionDisallowed.Should().BeTrue();
        job.JobType.Should().Be<TenantSyncJob>();
    }

    private static DateTimeOffset Utc(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);
}
