namespace Teammeter.Hris.Sample.Hosting;

/// <summary>
/// The system clock moved to a chosen date, keeping the time of day. <c>--today</c> and the demo's "next day" use it
/// so the lifecycle rules that depend on "today" are reproducible, while durations and timeouts still measure real
/// time (timestamps and timers are the system's).
/// </summary>
internal sealed class ShiftedTimeProvider : TimeProvider
{
    private long shiftTicks;

    public void MoveTo(DateOnly today)
    {
        var now = System.GetUtcNow().UtcDateTime;
        var target = today.ToDateTime(TimeOnly.FromDateTime(now), DateTimeKind.Utc);
        Interlocked.Exchange(ref shiftTicks, (target - now).Ticks);
    }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref shiftTicks));
}
