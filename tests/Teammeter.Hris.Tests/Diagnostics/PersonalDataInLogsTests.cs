using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using Teammeter.Hris.Scheduling;
using Teammeter.Hris.Tests.Helpers;
using Teammeter.Hris.Tests.Reliability.Helpers;

namespace Teammeter.Hris.Tests.Diagnostics;

/// <summary>
/// A host's exception that quotes an address (an SMTP rejection, a database constraint) must not reach the package's
/// log lines at Information and above: there they carry the exception's type and stack, the message only at Debug.
/// </summary>
public sealed class PersonalDataInLogsTests
{
    private const string Address = "ada.lovelace@host-mail.example";
    private const string InnerAddress = "grace.hopper@host-mail.example";

    [Fact]
    public async Task SyncAsync_SinkThrowsWithAnAddress_NoAddressAtInformationOrAbove()
    {
        var logs = new LevelCapturingLoggerProvider();
        await using var provider = Compose(logs, new ThrowingSink(), new RecordingInvitationSender());
        var sync = provider.GetRequiredService<IPersonioSync>();

        var act = () => sync.SyncAsync(SyncHarness.Tenant);

        await act.Should().ThrowAsync<SyncApplyException>();
        ShouldHideAddresses(logs, "SyncApplyException");
    }

    [Fact]
    public async Task ReleaseInvitationsAsync_SenderThrowsWithAnAddress_NoAddressAtInformationOrAbove()
    {
        var logs = new LevelCapturingLoggerProvider();
        await using var provider = Compose(logs, new InMemoryTeammeterSink(), new ThrowingSender());
        var sync = provider.GetRequiredService<IPersonioSync>();
        await sync.SyncAsync(SyncHarness.Tenant); // the initial sync creates the users the release invites

        var act = () => sync.ReleaseInvitationsAsync(SyncHarness.Tenant);

        await act.Should().ThrowAsync<SyncApplyException>();
        ShouldHideAddresses(logs, "SyncApplyException");
    }

    [Fact]
    public async Task DailySync_TenantListThrowsWithAnAddress_NoAddressAtInformationOrAbove()
    {
        var logs = new LevelCapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
        using var service = new DailySyncService(() => null!, () => new ThrowingTenants(), Options.Create(new PersonioSyncOptions()), time, factory.CreateLogger<DailySyncService>());

        await service.StartAsync(default);
        for (var i = 0; i < 200 && !logs.Entries.Any(e => e.Level == LogLevel.Debug); i++)
        {
            await Task.Delay(10);
        }

        await service.StopAsync(default);
        ShouldHideAddresses(logs, nameof(InvalidOperationException));
    }

    [Fact]
    public async Task ScheduleKeeper_TenantListThrowsWithAnAddress_NoAddressAtInformationOrAbove()
    {
        var logs = new LevelCapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        var keeper = new ScheduleKeeper(() => null!, () => new ThrowingTenants(), Options.Create(new QuartzSchedulingOptions()), TimeProvider.System, factory.CreateLogger<ScheduleKeeper>());

        await keeper.RefreshAsync(default);

        ShouldHideAddresses(logs, nameof(InvalidOperationException));
    }

    [Fact]
    public async Task ScheduleKeeper_SchedulerThrowsWithAnAddress_NoAddressAtInformationOrAbove()
    {
        var logs = new LevelCapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        var keeper = new ScheduleKeeper(() => throw HostException(), () => new StaticTenantProvider(), Options.Create(new QuartzSchedulingOptions()), TimeProvider.System, factory.CreateLogger<ScheduleKeeper>());

        await keeper.RefreshAsync(default);

        ShouldHideAddresses(logs, nameof(InvalidOperationException));
    }

    private static void ShouldHideAddresses(LevelCapturingLoggerProvider logs, string expectedType)
    {
        var visible = logs.Entries.Where(e => e.Level >= LogLevel.Information).ToList();
        visible.Should().Contain(e => e.Exception != null && e.Exception.Contains(expectedType), "the type stays for diagnosis");
        foreach (var entry in visible)
        {
            $"{entry.Message}\n{entry.Exception}".Should().NotContain("@host-mail.example", "entry {0} at {1}", entry.Message, entry.Level);
        }

        logs.Entries.Where(e => e.Level == LogLevel.Debug).Should().Contain(e => e.Exception != null && e.Exception.Contains(Address) && e.Exception.Contains(InnerAddress), "the full exception is still available at Debug");
    }

    private static InvalidOperationException HostException() =>
        new($"Could not store the record of {Address}", new IOException($"SMTP 550 <{InnerAddress}> rejected"));

    private static ServiceProvider Compose(ILoggerProvider logs, ITeammeterSink sink, IInvitationSender sender)
    {
        var source = new FakeHrisSource();
        source.For(SyncHarness.Tenant).AddRange(Employees.Organisation(3));
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddPersonioSync(o =>
        {
            o.AppId = "app";
            o.ApiKey = "secret-key";
        });
        services.AddSingleton<IHrisSource>(source);
        services.AddSingleton(sink);
        services.AddSingleton(sender);
        return services.BuildServiceProvider();
    }

    private sealed class ThrowingSink : ITeammeterSink
    {
        private readonly InMemoryTeammeterSink _inner = new();

        public Task<TeammeterState> LoadAsync(string tenantId, CancellationToken cancellationToken) => _inner.LoadAsync(tenantId, cancellationToken);

        public Task ApplyAsync(string tenantId, IReadOnlyList<SyncOperation> operations, CancellationToken cancellationToken) => throw HostException();

        public Task MarkInvitationsReleasedAsync(string tenantId, CancellationToken cancellationToken) => _inner.MarkInvitationsReleasedAsync(tenantId, cancellationToken);
    }

    private sealed class ThrowingSender : IInvitationSender
    {
        public Task SendAsync(Invitation invitation, CancellationToken cancellationToken) => throw HostException();
    }

    private sealed class ThrowingTenants : ISyncTenantProvider
    {
        public Task<IReadOnlyList<SyncTenant>> GetTenantsAsync(CancellationToken cancellationToken) => throw HostException();

        public Task<SyncTenant?> FindTenantAsync(string tenantId, CancellationToken cancellationToken) => throw HostException();
    }
}
