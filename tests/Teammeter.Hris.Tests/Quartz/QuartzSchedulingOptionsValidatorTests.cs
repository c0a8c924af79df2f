using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Teammeter.Hris.Scheduling;

namespace Teammeter.Hris.Tests.Quartz;

/// <summary>The Quartz options at the edges of what PeriodicTimer and the keeper accept.</summary>
public sealed class QuartzSchedulingOptionsValidatorTests
{
    public static TheoryData<string, Action<QuartzSchedulingOptions>, string?> Cases => new()
    {
        { "ScheduleRefreshInterval", o => o.ScheduleRefreshInterval = TimeSpan.FromMilliseconds(1), null },
        { "ScheduleRefreshInterval", o => o.ScheduleRefreshInterval = TimeSpan.FromDays(1), null },
        { "ScheduleRefreshInterval", o => o.ScheduleRefreshInterval = TimeSpan.FromTicks(5_000), "between 00:00:00.0010000 and 1.00:00:00" },
        { "ScheduleRefreshInterval", o => o.ScheduleRefreshInterval = TimeSpan.FromDays(1) + TimeSpan.FromTicks(1), "between 00:00:00.0010000 and 1.00:00:00" },
        { "EmptyTenantListConfirmations", o => o.EmptyTenantListConfirmations = 1, null },
        { "EmptyTenantListConfirmations", o => o.EmptyTenantListConfirmations = 1000, null },
        { "EmptyTenantListConfirmations", o => o.EmptyTenantListConfirmations = 0, "between 1 and 1000" },
        { "EmptyTenantListConfirmations", o => o.EmptyTenantListConfirmations = 1001, "between 1 and 1000" },
        { "Group", o => o.Group = new string('g', 150), null },
        { "Group", o => o.Group = new string('g', 151), "at most 150 characters" },
        { "Group", o => o.Group = " ", "must not be empty" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_OptionAtOrBeyondItsBounds_PassesInsideAndNamesOptionAndRangeOutside(string option, Action<QuartzSchedulingOptions> set, string? range)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ISyncTenantProvider>(new MutableTenants());
        services.AddSingleton<ISchedulerFactory>(_ => null!);
        using var provider = services.BuildServiceProvider();
        var options = new QuartzSchedulingOptions();
        set(options);

        var result = new QuartzSchedulingOptionsValidator(provider.GetRequiredService<IServiceProviderIsService>()).Validate(null, options);

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
