using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace Teammeter.Hris.Scheduling;

/// <summary>Checks the options and that the host registered what the Quartz scheduling needs, at start-up.</summary>
internal sealed class QuartzSchedulingOptionsValidator(IServiceProviderIsService services) : IValidateOptions<QuartzSchedulingOptions>
{
    // The narrowest group column of Quartz's official job-store schemas.
    private const int MaxGroupLength = 150;

    public ValidateOptionsResult Validate(string? name, QuartzSchedulingOptions options)
    {
        var failures = new List<string>();
        // PeriodicTimer takes whole milliseconds from 1; more than a day between refreshes is no longer "refreshing".
        PersonioSyncOptionsValidator.Range(failures, nameof(QuartzSchedulingOptions.ScheduleRefreshInterval), options.ScheduleRefreshInterval, TimeSpan.FromMilliseconds(1), TimeSpan.FromDays(1));

        if (options.EmptyTenantListConfirmations is < 1 or > 1000)
        {
            failures.Add($"{nameof(QuartzSchedulingOptions.EmptyTenantListConfirmations)} must be between 1 and 1000; got {options.EmptyTenantListConfirmations}.");
        }

        if (string.IsNullOrWhiteSpace(options.Group))
        {
            failures.Add($"{nameof(QuartzSchedulingOptions.Group)} must not be empty.");
        }
        else if (options.Group.Length > MaxGroupLength)
        {
            failures.Add($"{nameof(QuartzSchedulingOptions.Group)} must be at most {MaxGroupLength} characters (Quartz's SQL Server schema stores groups as NVARCHAR({MaxGroupLength})); got {options.Group.Length}.");
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
