using System.Threading.Channels;

namespace Teammeter.Hris.Webhooks;

/// <summary>The accepted events between the endpoint, which answers at once, and the background worker.</summary>
internal sealed class WebhookQueue(int capacity)
{
    private readonly Channel<ApideckWebhookEvent> _channel = Channel.CreateBounded<ApideckWebhookEvent>(
        new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    public ChannelReader<ApideckWebhookEvent> Reader => _channel.Reader;

    /// <summary>Queues the event; <see langword="false"/> when the queue is full (the delivery is answered 503).</summary>
    public bool TryWrite(ApideckWebhookEvent webhookEvent) => _channel.Writer.TryWrite(webhookEvent);
}
