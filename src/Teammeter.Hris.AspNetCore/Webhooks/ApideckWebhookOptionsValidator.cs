using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Teammeter.Hris.Webhooks;

/// <summary>Checks the receiver's options, and that consumers can be mapped back to tenants, at start-up.</summary>
internal sealed class ApideckWebhookOptionsValidator(IOptions<PersonioSyncOptions> sync, IServiceProviderIsService services) : IValidateOptions<ApideckWebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, ApideckWebhookOptions options)
    {
        var failures = new List<string>();
        if (options.MaxBodyBytes is < 1024 or > 10 * 1024 * 1024)
        {
            failures.Add($"{nameof(ApideckWebhookOptions.MaxBodyBytes)} must be 1 KiB..10 MiB (it is {options.MaxBodyBytes}).");
        }

        if (options.DebounceWindow < TimeSpan.Zero || options.DebounceWindow > TimeSpan.FromHours(1))
        {
            failures.Add($"{nameof(ApideckWebhookOptions.DebounceWindow)} must be 0..1 hour (it is {options.DebounceWindow}).");
        }

        if (options.RememberedEventIds is < 100 or > 1_000_000)
        {
            failures.Add($"{nameof(ApideckWebhookOptions.RememberedEventIds)} must be 100..1,000,000 (it is {options.RememberedEventIds}).");
        }

        if (options.QueueCapacity is < 1 or > 100_000)
        {
            failures.Add($"{nameof(ApideckWebhookOptions.QueueCapacity)} must be 1..100,000 (it is {options.QueueCapacity}).");
        }

        if (options.TenantMapLifetime < TimeSpan.FromSeconds(1) || options.TenantMapLifetime > TimeSpan.FromDays(1))
        {
            failures.Add($"{nameof(ApideckWebhookOptions.TenantMapLifetime)} must be 1 second..1 day (it is {options.TenantMapLifetime}).");
        }

        if (sync.Value.ConsumerIdResolver is not null && !services.IsService(typeof(ISyncTenantProvider)))
        {
            failures.Add($"AddApideckWebhooks maps an event's consumer id back to a tenant through the tenant list, because {nameof(PersonioSyncOptions.ConsumerIdResolver)} is set: register the host's {nameof(ISyncTenantProvider)}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
