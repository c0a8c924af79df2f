using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace Teammeter.Hris.Scheduling;

/// <summary>Checks the options and that the host registered what the Quartz scheduling needs, at start-up.</summary>
internal sealed class QuartzSchedulingOptionsValidator(IServiceProviderIsService services) : IValidateOptions<QuartzSchedulingOptions>
{
    public ValidateOptionsResult Validate(string? name, QuartzSchedulingOptions options)
    {
        var failures = new List<string>();
        if (options.ScheduleRefreshInterval <= TimeSpan.Zero || options.ScheduleRefreshInterval > TimeSpan.FromDays(1))
        {
            failures.Add($"{nameof(QuartzSchedulingOptions.ScheduleRefreshInterval)} must be more than zero and at most one day.");
        }

        if (string.IsNullOrWhiteSpace(options.Group))
        {
            failures.Add($"{nameof(QuartzSchedulingOptions.Group)} must not be empty.");
        }

        if (!services.IsService(typeof(ISyncTenantProvider)))
        {
            failures.Add($"UseQuartzScheduling needs an {nameof(ISyncTenantProvider)}: register the host's tenant list (for example services.AddSingleton<{nameof(ISyncTenantProvider)}, MyTenants>()).");
        }

        if (!services.IsService(typeof(ISchedulerFactory)))
        {
            failures.Add($"UseQuartzScheduling needs Quartz: configure the scheduler with services.AddQuartz(q => q.UsePersistentStore(...)) and run it with services.AddQuartzHostedService().");
        }

        if (services.IsService(typeof(DailySyncRegistration)))
        {
            failures.Add("UseQuartzScheduling and AddDailySync are both registered, so every tenant would sync twice a day: remove AddDailySync().");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
