using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Teammeter.Hris;

/// <summary>The daily sync cannot know whom to run without the host's tenant list: fail at start-up, not at the first slot.</summary>
internal sealed class TenantProviderValidator(IServiceProviderIsService services) : IValidateOptions<PersonioSyncOptions>
{
    public ValidateOptionsResult Validate(string? name, PersonioSyncOptions options) =>
        services.IsService(typeof(ISyncTenantProvider))
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"AddDailySync needs an {nameof(ISyncTenantProvider)}: register the host's tenant list (for example services.AddSingleton<{nameof(ISyncTenantProvider)}, MyTenants>()).");
}
