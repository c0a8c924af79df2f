namespace Teammeter.Hris.Tests.Quartz;

/// <summary>Waits for something another thread (a Quartz worker) makes true, with a deadline.</summary>
internal static class Eventually
{
    public static Task TrueAsync(Func<bool> condition, TimeSpan timeout) =>
        TrueAsync(() => Task.FromResult(condition()), timeout);

    /// <summary>The same for a condition that asks the scheduler.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"The condition did not hold within {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(50);
        }
    }
}
