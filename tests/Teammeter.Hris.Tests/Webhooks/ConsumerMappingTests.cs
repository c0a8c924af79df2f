using System.Net;
using Teammeter.Hris.Tests.Quartz;

namespace Teammeter.Hris.Tests.Webhooks;

public sealed class ConsumerMappingTests
{
    [Fact]
    public async Task Deliver_ConsumerIdOfAResolvedTenant_SyncsThatTenant()
    {
        await using var host = await WebhookHost.StartAsync(sync: o => o.ConsumerIdResolver = tenant => $"consumer-{tenant}");

        using var response = await host.DeliverAsync(SignedDelivery.Event("vault.connection.callable", $"consumer-{WebhookHost.Tenant}"));

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        await host.HandledAsync(1);
        await Eventually.TrueAsync(() => host.Dispatcher.Busy == 0, TimeSpan.FromSeconds(20));
        (await host.RunsAsync()).Should().ContainSingle().Which.Trigger.Should().Be(SyncTrigger.Webhook);
    }

    [Fact]
    public async Task Deliver_TenantIdWhereAConsumerIdIsExpected_Ignored()
    {
        await using var host = await WebhookHost.StartAsync(sync: o => o.ConsumerIdResolver = tenant => $"consumer-{tenant}");

        using var response = await host.DeliverAsync(SignedDelivery.Event("vault.connection.callable", WebhookHost.Tenant));

        await host.HandledAsync(1);
        host.Dispatcher.Busy.Should().Be(0);
        (await host.RunsAsync()).Should().BeEmpty();
    }
}
