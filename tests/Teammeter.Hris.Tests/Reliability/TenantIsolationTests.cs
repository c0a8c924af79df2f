using System.Collections.Concurrent;
using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Tests.Reliability.Helpers;

namespace Teammeter.Hris.Tests.Reliability;

/// <summary>
/// Two tenants synced in parallel in one process, through one shared <see cref="HttpClient"/> pipeline, never see
/// each other's Apideck consumer id, state or invitations.
/// </summary>
public sealed class TenantIsolationTests
{
    [Fact]
    public async Task SyncAndRelease_TwoTenantsInParallel_NeverMix()
    {
        var seen = new ConcurrentBag<(string Consumer, string Path)>();
        await using var host = await LoopbackSync.StartAsync(o =>
        {
            o.MaxConcurrentTenants = 2;
            o.ConsumerIdResolver = tenant => "consumer-" + tenant;
        });
        host.Server.Faults.Interceptor = (context, _) =>
        {
            seen.Add((context.Request.Headers["x-apideck-consumer-id"].ToString(), context.Request.Path));
            return Task.FromResult(false);
        };
        var other = SyntheticOrganisation.Create(45, seed: 7);
        host.AddTenant("consumer-alpha", DemoOrganisation.Create(DemoOrganisation.DefaultToday));
        host.AddTenant("consumer-beta", other);
        host.Sink.ApplyDelay = TimeSpan.FromMilliseconds(20);

        await Task.WhenAll(host.Sync.SyncAsync("alpha"), host.Sync.SyncAsync("beta"));
        await Task.WhenAll(host.Sync.ReleaseInvitationsAsync("alpha"), host.Sync.ReleaseInvitationsAsync("beta"));

        host.Sink.MaxConcurrentApplies.Should().Be(2, "the tenants really ran in parallel");
        seen.Select(s => s.Consumer).Distinct().Should().BeEquivalentTo(["consumer-alpha", "consumer-beta"]);
        host.Sink.Tenant("alpha").Users.Select(u => u.EmployeeId).Should().NotBeEmpty()
            .And.BeSubsetOf(host.Server.Tenants["consumer-alpha"].Employees.Select(e => e.Id));
        host.Sink.Tenant("beta").Users.Select(u => u.EmployeeId).Should().BeSubsetOf(other.Select(e => e.Id)).And.HaveCount(other.Count);
        var invitations = host.Sender.Sent.ToList();
        invitations.Should().OnlyContain(i => i.TenantId == "alpha" || i.TenantId == "beta");
        invitations.Where(i => i.TenantId == "beta").Select(i => i.EmployeeId).Should().BeSubsetOf(other.Select(e => e.Id));
        invitations.Where(i => i.TenantId == "alpha").Select(i => i.EmployeeId).Should().NotIntersectWith(other.Select(e => e.Id));
        invitations.Select(i => i.IdempotencyKey).Should().OnlyHaveUniqueItems();
        host.Sink.Tenant(LoopbackSync.Tenant).Users.Should().BeEmpty();
    }
}
