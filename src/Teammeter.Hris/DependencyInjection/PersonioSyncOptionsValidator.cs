using System.Net;
using Microsoft.Extensions.Options;

namespace Teammeter.Hris;

/// <summary>
/// Validates <see cref="PersonioSyncOptions"/> at start-up. Every message names the option, so a misconfigured
/// host fails fast with a message that says what to fix.
/// </summary>
internal sealed class PersonioSyncOptionsValidator : IValidateOptions<PersonioSyncOptions>
{
    // Polly's timeout strategy accepts 10 ms to 24 h; outside it every request fails when the pipeline is built.
    internal static readonly TimeSpan MinPollyTimeout = TimeSpan.FromMilliseconds(10);
    internal static readonly TimeSpan MaxPollyTimeout = TimeSpan.FromHours(24);

    // CancellationTokenSource.CancelAfter and Task.Delay take at most 2^32 - 2 ms (about 49.7 days) and whole
    // milliseconds; 49 days is the round limit inside that.
    internal static readonly TimeSpan MinTimerDelay = TimeSpan.FromMilliseconds(1);
    internal static readonly TimeSpan MaxTimerDelay = TimeSpan.FromDays(49);

    public ValidateOptionsResult Validate(string? name, PersonioSyncOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.AppId))
        {
            failures.Add($"{nameof(PersonioSyncOptions.AppId)} is required: set the Apideck application id.");
        }

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add($"{nameof(PersonioSyncOptions.ApiKey)} is required: set the Apideck API key.");
        }

        if (string.IsNullOrWhiteSpace(options.ServiceId))
        {
            failures.Add($"{nameof(PersonioSyncOptions.ServiceId)} is required (for example 'personio').");
        }

        ValidateBaseAddress(options.ApideckBaseAddress, failures);
        Range(failures, nameof(PersonioSyncOptions.PageSize), options.PageSize, 1, 200);
        Range(failures, nameof(PersonioSyncOptions.MaxRetryAttempts), options.MaxRetryAttempts, 0, 10);
        Range(failures, nameof(PersonioSyncOptions.MaxConcurrentTenants), options.MaxConcurrentTenants, 1, 256);
        Range(failures, nameof(PersonioSyncOptions.ApplyBatchSize), options.ApplyBatchSize, 1, 100_000);
        Range(failures, nameof(PersonioSyncOptions.AttemptTimeout), options.AttemptTimeout, MinPollyTimeout, MaxPollyTimeout);
        Range(failures, nameof(PersonioSyncOptions.RequestTimeout), options.RequestTimeout, MinPollyTimeout, MaxPollyTimeout);
        Range(failures, nameof(PersonioSyncOptions.SnapshotTimeout), options.SnapshotTimeout, MinTimerDelay, MaxTimerDelay);
        Range(failures, nameof(PersonioSyncOptions.ScheduleRefreshInterval), options.ScheduleRefreshInterval, MinTimerDelay, MaxTimerDelay);
        Range(failures, nameof(PersonioSyncOptions.FailedRunRetries), options.FailedRunRetries, 0, 10);
        Range(failures, nameof(PersonioSyncOptions.FailedRunRetryDelay), options.FailedRunRetryDelay, TimeSpan.FromSeconds(1), TimeSpan.FromHours(6));

        if (options.TenantLeaseDuration < TimeSpan.FromSeconds(10) || options.TenantLeaseDuration > TimeSpan.FromHours(1))
        {
            failures.Add($"{nameof(PersonioSyncOptions.TenantLeaseDuration)} must lie between 00:00:10 and 01:00:00; it is {options.TenantLeaseDuration}.");
        }

        if (options.AttemptTimeout > options.RequestTimeout)
        {
            failures.Add($"{nameof(PersonioSyncOptions.AttemptTimeout)} ({options.AttemptTimeout}) must not exceed {nameof(PersonioSyncOptions.RequestTimeout)} ({options.RequestTimeout}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateBaseAddress(Uri? address, List<string> failures)
    {
        const string Name = nameof(PersonioSyncOptions.ApideckBaseAddress);
        if (address is null || !address.IsAbsoluteUri)
        {
            failures.Add($"{Name} must be an absolute URL.");
            return;
        }

        // Plain HTTP would send the API key in clear text; allow it only to this machine (tests, the demo).
        var isLoopback = address.IsLoopback || (IPAddress.TryParse(address.Host, out var ip) && IPAddress.IsLoopback(ip));
        if (address.Scheme != Uri.UriSchemeHttps && !(address.Scheme == Uri.UriSchemeHttp && isLoopback))
        {
            failures.Add($"{Name} must use HTTPS (plain HTTP is allowed only for loopback addresses); got scheme '{address.Scheme}'.");
        }
    }

    private static void Range(List<string> failures, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{name} must be between {min} and {max}; got {value}.");
        }
    }

    /// <summary>Adds a failure naming the option and its allowed range (as TimeSpan text, e.g. 1.00:00:00 for a day).</summary>
    internal static void Range(List<string> failures, string name, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{name} must be between {min:c} and {max:c}; got {value:c}.");
        }
    }
}
