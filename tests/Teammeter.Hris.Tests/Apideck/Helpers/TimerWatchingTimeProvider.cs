using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Teammeter.Hris.Tests.Apideck.Helpers;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that notes the due time of every timer created on it, so a test can wait until a
/// delay is really scheduled before it moves the clock. Advancing first would start the delay late and never fire it.
/// </summary>
internal sealed class TimerWatchingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly ConcurrentQueue<TimeSpan> _dueTimes = new();

    public IReadOnlyCollection<TimeSpan> DueTimes => _dueTimes;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _dueTimes.Enqueue(dueTime);
        return base.CreateTimer(callback, state, dueTime, period);
    }
}
