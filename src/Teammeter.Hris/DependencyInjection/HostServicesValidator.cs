using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Teammeter.Hris;

/// <summary>
/// Fails start-up when the host forgot to register the interfaces only it can implement, instead of failing on the
/// first sync hours later. Runs with the options validation (<c>ValidateOnStart</c>).
/// </summary>
/// <remarks>
/// Asks whether a service is registered (<see cref="IServiceProviderIsService"/>) and never resolves it: a host's
/// sink may be scoped (on its DbContext), and resolving it here, from the root provider, would fail scope validation.
/// </remarks>
internal sealed class HostServicesValidator(IServiceProviderIsService services) : IValidateOptions<PersonioSyncOptions>
{
    public ValidateOptionsResult Validate(string? name, PersonioSyncOptions options)
    {
        var failures = new List<string>();
        Require<ITeammeterSink>(failures, "the host's store of users, teams and roles");
        Require<IInvitationSender>(failures, "the host's way of sending invitations");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void Require<T>(List<string> failures, string what)
    {
        if (!services.IsService(typeof(T)))
        {
            failures.Add($"No {typeof(T).Name} is registered: register {what} (for example services.AddSingleton<{typeof(T).Name}, MyImplementation>()) before starting the host.");
        }
    }
}
