// Uses the packed packages' public API the way a host does: register, resolve, sync, release; then schedule on Quartz.
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Teammeter.Hris;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddPersonioSync(o =>
{
    o.AppId = "consumer-app";
    o.ApiKey = "consumer-key";
});
builder.Services.AddSingleton<IHrisSource, TwoPeople>();
builder.Services.AddSingleton<ITeammeterSink, Store>();
builder.Services.AddSingleton<IInvitationSender, Outbox>();
using var host = builder.Build();
await host.StartAsync();

var sync = host.Services.GetRequiredService<IPersonioSync>();
var initial = await sync.SyncAsync("consumer-tenant");
var released = await sync.ReleaseInvitationsAsync("consumer-tenant");
await host.StopAsync();

var created = initial.Counts.GetValueOrDefault(SyncOperationKind.CreateUser);
Console.WriteLine($"package consumer: created {created} users, sent {released.InvitationsSent} invitations");
var coreWorks = created == 2 && released.InvitationsSent == 1;
var quartzWorks = await QuartzConsumer.RunAsync();
return coreWorks && quartzWorks ? 0 : 1;

internal sealed class TwoPeople : IHrisSource
{
    public Task<HrisSnapshot> ReadSnapshotAsync(string tenantId, CancellationToken cancellationToken = default) =>
        Task.FromResult(new HrisSnapshot(
            [
                new HrisEmployee { Id = "1", FirstName = "Ada", LastName = "L", Email = "ada@example.test", Status = HrisEmploymentStatus.Active },
                new HrisEmployee { Id = "2", FirstName = "Bo", LastName = "K", Status = HrisEmploymentStatus.Active },
            ],
            DateTimeOffset.UtcNow));
}

internal sealed class Store : ITeammeterSink
{
    private readonly Dictionary<string, TeammeterUser> _users = [];
    private bool _released;

    public Task<TeammeterState> LoadAsync(string tenantId, CancellationToken cancellationToken) =>
        Task.FromResult(new TeammeterState(tenantId, [.. _users.Values], [], [], _released));

    public Task ApplyAsync(string tenantId, IReadOnlyList<SyncOperation> operations, CancellationToken cancellationToken)
    {
        foreach (var operation in operations)
        {
            switch (operation)
            {
                case CreateUser c:
                    _users.TryAdd(c.EmployeeId, new TeammeterUser { ExternalId = c.EmployeeId, Email = c.Email, FirstName = c.FirstName, LastName = c.LastName });
                    break;
                case SendInvitation s:
                    _users[s.EmployeeId] = _users[s.EmployeeId] with { IsInvited = true };
                    break;
            }
        }

        return Task.CompletedTask;
    }

    public Task MarkInvitationsReleasedAsync(string tenantId, CancellationToken cancellationToken)
    {
        _released = true;
        return Task.CompletedTask;
    }
}

internal sealed class Outbox : IInvitationSender
{
    public Task SendAsync(Invitation invitation, CancellationToken cancellationToken) => Task.CompletedTask;
}
