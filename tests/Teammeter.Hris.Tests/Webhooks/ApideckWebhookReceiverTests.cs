using System.Net;
using System.Net.Http.Headers;
using Teammeter.Hris.Tests.Helpers;
using Teammeter.Hris.Tests.Quartz;
using Teammeter.Hris.Webhooks;

namespace Teammeter.Hris.Tests.Webhooks;

public sealed class ApideckWebhookReceiverTests : IAsyncLifetime
{
    private WebhookHost _host = null!;

    public async Task InitializeAsync() => _host = await WebhookHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Deliver_MissingSignature_401AndNothingQueued()
    {
        var body = SignedDelivery.Event("vault.connection.callable", WebhookHost.Tenant);
        using var client = new HttpClient();

        using var response = await client.SendAsync(SignedDelivery.Request(_host.Url, body, signature: null));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        _host.Processor.Handled.Should().Be(0);
        (await _host.RunsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Deliver_TamperedBody_401AndNothingQueued()
    {
        var signed = SignedDelivery.Event("vault.connection.callable", "stranger", "e-1");
        var tampered = signed.Replace("stranger", WebhookHost.Tenant, StringComparison.Ordinal);

        using var response = await _host.DeliverAsync(tampered, SignedDelivery.Sign(signed, WebhookHost.ApiKey));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        _host.Processor.Handled.Should().Be(0);
    }

    [Fact]
    public async Task Deliver_SignedWithAnotherKey_401()
    {
        var body = SignedDelivery.Event("vault.connection.callable", WebhookHost.Tenant);

        using var response = await _host.DeliverAsync(body, SignedDelivery.Sign(body, "someone-elses-key"));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        _host.Processor.Handled.Should().Be(0);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"payload": {"event_type": "vault.connection.callable"}}""")]
    [InlineData("""{"payload": {"event_type": "vault.connection.callable", "event_id": 7, "consumer_id": "tenant-a"}}""")]
    [InlineData("""{"payload": "vault.connection.callable"}""")]
    [InlineData("""[1, 2]""")]
    public async Task Deliver_MalformedButSigned_400(string body)
    {
        var signature = body == "not json" ? "tYR+7zm4EsvMQi2W8EwJ9x9DuRP3myYDcjdVj0XOhLM=" : SignedDelivery.Sign(body, WebhookHost.ApiKey);

        using var response = await _host.DeliverAsync(body, signature);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        _host.Processor.Handled.Should().Be(0);
    }

    [Fact]
    public async Task Deliver_SignedBodyWithoutPayload_200SoApideckCanValidateTheUrl()
    {
        using var response = await _host.DeliverAsync("""{"validation": true}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        _host.Processor.Handled.Should().Be(0);
    }

    [Fact]
    public async Task Deliver_ContentLengthOfTenMegabytes_413WithoutReadingTheBody()
    {
        using var client = new HttpClient();
        using var request = SignedDelivery.Request(_host.Url, "", CallableSignatureOfAnything);
        request.Content = new ByteArrayContent(new byte[10 * 1024 * 1024]);

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        _host.BodyBytesRead.Should().Be(0);
    }

    [Fact]
    public async Task Deliver_ChunkedTenMegabytes_413AfterReadingAtMostTheLimit()
    {
        using var client = new HttpClient();
        using var request = SignedDelivery.Request(_host.Url, "", CallableSignatureOfAnything);
        request.Content = new EndlessJsonContent(10 * 1024 * 1024);

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        _host.BodyBytesRead.Should().BeLessThanOrEqualTo(256 * 1024 + 1, "the receiver stops one byte past its limit");
        _host.Processor.Handled.Should().Be(0);
    }

    [Fact]
    public async Task Deliver_Callable_InitialSyncRunsWithTriggerWebhookAndHoldsInvitations()
    {
        _host.Source.For(WebhookHost.Tenant).AddRange(Employees.Organisation(5));

        using var response = await _host.DeliverAsync(SignedDelivery.Event("vault.connection.callable", WebhookHost.Tenant));

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        await Eventually.TrueAsync(() => _host.RunsAsync().Result.Count == 1, TimeSpan.FromSeconds(20));
        var run = (await _host.RunsAsync()).Single();
        run.Trigger.Should().Be(SyncTrigger.Webhook);
        run.Outcome.Should().Be(SyncOutcome.Succeeded);
        _host.Sink.Tenant(WebhookHost.Tenant).Users.Should().HaveCount(5, "the initial sync creates everyone");
        _host.Sender.Sent.Should().BeEmpty("the initial sync invites nobody until the release");
    }

    [Fact]
    public async Task Deliver_SameEventTwice_SecondIsAcknowledgedAndNotActedOn()
    {
        var callable = SignedDelivery.Event("vault.connection.callable", WebhookHost.Tenant, "evt-1");
        using var first = await _host.DeliverAsync(callable);
        using var replay = await _host.DeliverAsync(SignedDelivery.Event("vault.connection.callable", WebhookHost.Tenant, "evt-1", attempt: 2));
        using var marker = await _host.DeliverAsync(SignedDelivery.Event("crm.contact.updated", WebhookHost.Tenant, "evt-2"));

        replay.StatusCode.Should().Be(HttpStatusCode.Accepted, "Apideck must stop retrying");
        await _host.HandledAsync(2);
        await Eventually.TrueAsync(() => _host.Dispatcher.Busy == 0, TimeSpan.FromSeconds(20));
        _host.Processor.Handled.Should().Be(2, "the replay never reached the worker");
        (await _host.RunsAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task Deliver_BurstOfFiftyEmployeeEvents_OneRunAfterTheWindow()
    {
        for (var i = 0; i < 50; i++)
        {
            using var response = await _host.DeliverAsync(SignedDelivery.Event("hris.employee.updated", WebhookHost.Tenant, $"evt-{i}"));
            response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        }

        await _host.HandledAsync(50);
        (await _host.RunsAsync()).Should().BeEmpty("the window is still open");

        _host.DebounceClock.Advance(TimeSpan.FromSeconds(30));
        await Eventually.TrueAsync(() => _host.Dispatcher.Busy == 0, TimeSpan.FromSeconds(20));

        var runs = await _host.RunsAsync();
        runs.Should().ContainSingle().Which.Trigger.Should().Be(SyncTrigger.Webhook);
    }

    [Theory]
    [InlineData("vault.connection.revoked")]
    [InlineData("vault.connection.disabled")]
    [InlineData("vault.connection.deleted")]
    [InlineData("vault.connection.token_refresh.failed")]
    public async Task Deliver_ConnectionLost_AdminToldAndNoRun(string eventType)
    {
        using var response = await _host.DeliverAsync(SignedDelivery.Event(eventType, WebhookHost.Tenant));

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        await _host.HandledAsync(1);
        var notification = _host.Notifier.Sent.Should().ContainSingle().Subject;
        notification.TenantId.Should().Be(WebhookHost.Tenant);
        notification.Cause.Should().Be(AdminNotificationCause.ConnectionLost);
        notification.Summary.Should().Contain(eventType);
        _host.Dispatcher.Busy.Should().Be(0);
        (await _host.RunsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_SameConnectionLostEventTwice_AdminToldOnce()
    {
        var revoked = new ApideckWebhookEvent("vault.connection.revoked", "evt-9", WebhookHost.Tenant, "personio", null, null, 1, null);

        await _host.Processor.HandleAsync(revoked, default);
        await _host.Processor.HandleAsync(revoked with { ExecutionAttempt = 2 }, default);

        _host.Notifier.Sent.Should().ContainSingle("the store remembers what was notified, across nodes and restarts");
    }

    [Fact]
    public async Task Deliver_UnknownConsumer_AcknowledgedAndIgnored()
    {
        using var response = await _host.DeliverAsync(SignedDelivery.Event("vault.connection.callable", "stranger"));
        using var revoked = await _host.DeliverAsync(SignedDelivery.Event("vault.connection.revoked", "stranger"));

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        await _host.HandledAsync(2);
        _host.Dispatcher.Busy.Should().Be(0);
        (await _host.RunsAsync("stranger")).Should().BeEmpty();
        _host.Notifier.Sent.Should().BeEmpty();
    }

    [Fact]
    public async Task Deliver_AnotherConnectorsEvent_Ignored()
    {
        using var response = await _host.DeliverAsync(SignedDelivery.Event("vault.connection.callable", WebhookHost.Tenant, serviceId: "bamboohr"));

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        await _host.HandledAsync(1);
        _host.Dispatcher.Busy.Should().Be(0);
        (await _host.RunsAsync()).Should().BeEmpty();
    }

    private const string CallableSignatureOfAnything = "tYR+7zm4EsvMQi2W8EwJ9x9DuRP3myYDcjdVj0XOhLM=";

    /// <summary>A body of the given size, sent chunked (no Content-Length), so only reading reveals its size.</summary>
    private sealed class EndlessJsonContent(int size) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)' ');
            for (var sent = 0; sent < size; sent += chunk.Length)
            {
                await stream.WriteAsync(chunk);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
