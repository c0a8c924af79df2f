using System.Collections.Concurrent;

namespace Teammeter.Hris.Tests.Reliability.Helpers;

/// <summary>
/// Wraps a real sender, records every key the engine asks to send (before the inner sender's own de-duplication),
/// and can crash once on the Nth send.
/// </summary>
internal sealed class CountingSender(IInvitationSender inner) : IInvitationSender
{
    private int _attempts;

    public ConcurrentQueue<string> Requested { get; } = new();

    public int? FailOnAttempt { get; set; }

    public async Task SendAsync(Invitation invitation, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _attempts) == FailOnAttempt)
        {
            throw new IOException("Simulated crash while sending an invitation.");
        }

        Requested.Enqueue(invitation.IdempotencyKey);
        await inner.SendAsync(invitation, cancellationToken);
    }
}
