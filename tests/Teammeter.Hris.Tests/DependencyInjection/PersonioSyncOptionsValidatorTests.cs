namespace Teammeter.Hris.Tests.DependencyInjection;

/// <summary>
/// Every option at the edges of the range the runtime really accepts (Polly's 10 ms..24 h timeouts, the ~49.7-day
/// limit of CancellationTokenSource and Task.Delay): inside passes, outside fails at start-up naming option and range.
/// </summary>
public sealed class PersonioSyncOptionsValidatorTests
{
    public static TheoryData<string, Action<PersonioSyncOptions>, string?> Cases => new()
    {
        { "AttemptTimeout", o => o.AttemptTimeout = TimeSpan.FromMilliseconds(10), null },
        { "AttemptTimeout", o => o.AttemptTimeout = TimeSpan.FromMilliseconds(9), "between 00:00:00.0100000 and 1.00:00:00" },
        { "AttemptTimeout", o => (o.AttemptTimeout, o.RequestTimeout) = (TimeSpan.FromHours(24), TimeSpan.FromHours(24)), null },
        { "AttemptTimeout", o => (o.AttemptTimeout, o.RequestTimeout) = (TimeSpan.FromHours(24) + TimeSpan.FromTicks(1), TimeSpan.FromHours(24)), "between 00:00:00.0100000 and 1.00:00:00" },
        { "RequestTimeout", o => (o.AttemptTimeout, o.RequestTimeout) = (TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(10)), null },
        { "RequestTimeout", o => (o.AttemptTimeout, o.RequestTimeout) = (TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(9)), "between 00:00:00.0100000 and 1.00:00:00" },
        { "RequestTimeout", o => o.RequestTimeout = TimeSpan.FromHours(25), "between 00:00:00.0100000 and 1.00:00:00" },
        { "SnapshotTimeout", o => o.SnapshotTimeout = TimeSpan.FromMilliseconds(1), null },
        { "SnapshotTimeout", o => o.SnapshotTimeout = TimeSpan.FromDays(49), null },
        { "SnapshotTimeout", o => o.SnapshotTimeout = TimeSpan.FromTicks(1), "between 00:00:00.0010000 and 49.00:00:00" },
        { "SnapshotTimeout", o => o.SnapshotTimeout = TimeSpan.FromDays(50), "between 00:00:00.0010000 and 49.00:00:00" },
        { "SnapshotTimeout", o => o.SnapshotTimeout = TimeSpan.Zero, "between" },
        { "ScheduleRefreshInterval", o => o.ScheduleRefreshInterval = TimeSpan.FromMilliseconds(1), null },
        { "ScheduleRefreshInterval", o => o.ScheduleRefreshInterval = TimeSpan.FromDays(49), null },
        { "ScheduleRefreshInterval", o => o.ScheduleRefreshInterval = TimeSpan.FromDays(50), "between 00:00:00.0010000 and 49.00:00:00" },
        { "ScheduleRefreshInterval", o => o.ScheduleRefreshInterval = TimeSpan.FromTicks(5), "between 00:00:00.0010000 and 49.00:00:00" },
        { "PageSize", o => o.PageSize = 1, null },
        { "PageSize", o => o.PageSize = 200, null },
        { "PageSize", o => o.PageSize = 0, "between 1 and 200" },
        { "PageSize", o => o.PageSize = 201, "between 1 and 200" },
        { "MaxRetryAttempts", o => o.MaxRetryAttempts = 0, null },
        { "MaxRetryAttempts", o => o.MaxRetryAttempts = 10, null },
        { "MaxRetryAttempts", o => o.MaxRetryAttempts = -1, "between 0 and 10" },
        { "MaxRetryAttempts", o => o.MaxRetryAttempts = 11, "between 0 and 10" },
        { "MaxConcurrentTenants", o => o.MaxConcurrentTenants = 1, null },
        { "MaxConcurrentTenants", o => o.MaxConcurrentTenants = 256, null },
        { "MaxConcurrentTenants", o => o.MaxConcurrentTenants = 0, "between 1 and 256" },
        { "MaxConcurrentTenants", o => o.MaxConcurrentTenants = 257, "between 1 and 256" },
        { "ApplyBatchSize", o => o.ApplyBatchSize = 1, null },
        { "ApplyBatchSize", o => o.ApplyBatchSize = 100_000, null },
        { "ApplyBatchSize", o => o.ApplyBatchSize = 0, "between 1 and 100000" },
        { "ApplyBatchSize", o => o.ApplyBatchSize = 100_001, "between 1 and 100000" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_OptionAtOrBeyondItsBounds_PassesInsideAndNamesOptionAndRangeOutside(string option, Action<PersonioSyncOptions> set, string? range)
    {
        var options = new PersonioSyncOptions { AppId = "app", ApiKey = "key" };
        set(options);

        var result = new PersonioSyncOptionsValidator().Validate(null, options);

        if (range is null)
        {
            result.Succeeded.Should().BeTrue(result.FailureMessage);
        }
        else
        {
            result.Failures.Should().Contain(f => f.Contains(option, StringComparison.Ordinal) && f.Contains(range, StringComparison.Ordinal), result.FailureMessage);
        }
    }
}
