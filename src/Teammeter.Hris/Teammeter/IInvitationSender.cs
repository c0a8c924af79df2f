namespace Teammeter.Hris;

/// <summary>Sends invitations to Teammeter. Implemented by the host (email, in-app, ...).</summary>
/// <remarks>
/// The engine sends first and records the invitation through <see cref="ITeammeterSink"/> afterwards, so a crash
/// between the two can repeat a send on the next run; it then carries the same
/// <see cref="Invitation.IdempotencyKey"/>, and an implementation should drop a key it has already sent.
/// </remarks>
public interface IInvitationSender
{
    /// <summary>Sends one invitation.</summary>
    /// <param name="invitation">The invitation.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>A task that completes when the invitation is sent (or was already sent under the same key).</returns>
    Task SendAsync(Invitation invitation, CancellationToken cancellationToken);
}
