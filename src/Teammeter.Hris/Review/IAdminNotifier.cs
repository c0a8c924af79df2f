namespace Teammeter.Hris;

/// <summary>
/// Tells a tenant's admin that something needs attention (held operations, repeated failures, a lost connection,
/// missing attributes). Implemented by the host (email, in-app message); optional.
/// </summary>
/// <remarks>
/// The package calls it once per tenant and cause and situation: the same held set the next morning is not
/// notified again (<see cref="ISyncStore.TryMarkNotifiedAsync"/>). A failing notifier is logged and never fails the run.
/// </remarks>
public interface IAdminNotifier
{
    /// <summary>Sends one notification.</summary>
    /// <param name="notification">What to tell.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>A task that completes when the notification is sent.</returns>
    Task NotifyAsync(AdminNotification notification, CancellationToken cancellationToken);
}
