namespace Teammeter.Hris.Sample;

/// <summary>
/// A test hook (environment variable <c>TEAMMETER_SAMPLE_CRASH_AFTER_INVITATIONS=N</c>): sends through the real
/// sender, and ends the process for real right after the Nth send returns, before the engine records it. The
/// reliability tests use it to prove that a rerun sends only what was not recorded (docs/reliability.md).
/// </summary>
internal sealed class CrashingInvitationSender(IInvitationSender inner, int crashAfter) : IInvitationSender
{
    private int _sent;

    public async Task SendAsync(Invitation invitation, CancellationToken cancellationToken)
    {
        await inner.SendAsync(invitation, cancellationToken);
        if (Interlocked.Increment(ref _sent) == crashAfter)
        {
            // FailFast, not an exception: no finally block, no flush, no record, as when a node is killed.
            Environment.FailFast($"Test hook: crashed after invitation {crashAfter}, before it was recorded.");
        }
    }
}
