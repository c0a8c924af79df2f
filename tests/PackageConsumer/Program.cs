// Uses the packed packages' public API the way a host does: register, resolve, sync, release; then schedule on Quartz.
// Built with -p:CoreOnly=true (the native AOT check in .ci/run) it uses Teammeter.Hris alone: Quartz 3.x itself
// cannot start in a native AOT binary (it instantiates its thread pool by reflection).
using Teammeter.Hris;

var works = await CoreConsumer.RunAsync(args);
#if !CORE_ONLY
works &= await QuartzConsumer.RunAsync();
works &= await AspNetCoreConsumer.RunAsync();
#endif
return works ? 0 : 1;

internal sealed class TwoPeople : IHrisSource
{
    public Task<HrisSnapshot> ReadSnapshotAsync(string tenantId, CancellationToken cancellationToken = default) =>
        Task.FromResult(new HrisSnapshot(
            [
                new HrisEmployee { EmployeeId = "1", FirstName = "Ada", LastName = "L", Email = "ada@example.test", Status = HrisEmploymentStatus.Active },
                new HrisEmployee { EmployeeId = "2", FirstName = "Bo", LastName = "K", Status = HrisEmploymentStatus.Active },
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
                    _users.TryAdd(c.EmployeeId, new TeammeterUser { EmployeeId = c.EmployeeId, Email = c.Email, FirstName = c.FirstName, LastName = c.LastName });
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
