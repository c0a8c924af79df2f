using System.Collections.Concurrent;

namespace Teammeter.Hris.Tests.Helpers;

/// <summary>Records every send; can fail on the Nth send to simulate a crash mid-release.</summary>
internal sealed class RecordingInvitationSender : IInvitationSender
{
    private int _attempts;

    public ConcurrentQueue<Invitation> Sent { get; } = new();

    public int? FailOnAttempt { get; set; }

    public Task SendAsync(Invitation invitation, CancellationToken cancellationToken)
    {
        var attempt = Interlocked.Increment(ref _attempts);
        if (attempt == FailOnAttempt)
        {
            throw new InvalidOperationException("Simulated sender failure.");
        }

        Sent.Enqueue(invitation);
        return Task.CompletedTask;
    }
}
