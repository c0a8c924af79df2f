using System.Collections.Concurrent;

namespace Teammeter.Hris.Tests.Helpers;

/// <summary>Records every admin notification.</summary>
internal sealed class RecordingNotifier : IAdminNotifier
{
    public ConcurrentQueue<AdminNotification> Sent { get; } = new();

    public Task NotifyAsync(AdminNotification notification, CancellationToken cancellationToken)
    {
        Sent.Enqueue(notification);
        return Task.CompletedTask;
    }
}
