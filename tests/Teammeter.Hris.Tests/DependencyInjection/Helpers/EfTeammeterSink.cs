using Microsoft.EntityFrameworkCore;

namespace Teammeter.Hris.Tests.DependencyInjection.Helpers;

/// <summary>
/// The sink of docs/host-integration.md, run for real: a scoped service on the host's scoped <see cref="AppDb"/>,
/// every operation an idempotent upsert keyed by HR ids.
/// </summary>
internal sealed class EfTeammeterSink : ITeammeterSink
{
    private readonly AppDb _db;
    private readonly DbLedger _ledger;

    public EfTeammeterSink(AppDb db, DbLedger ledger)
    {
        _db = db;
        _ledger = ledger;
        Interlocked.Increment(ref ledger.Sinks);
    }

    public async Task<TeammeterState> LoadAsync(string tenantId, CancellationToken cancellationToken)
    {
        _ledger.SinkCalls.Enqueue((tenantId, _db.Number));
        var users = await _db.Users.AsNoTracking().Where(u => u.TenantId == tenantId)
            .Select(u => new TeammeterUser
            {
                EmployeeId = u.HrId, Email = u.Email, FirstName = u.FirstName, LastName = u.LastName,
                IsActive = u.Active, DeactivatedBySync = u.DeactivatedBySync, TeamId = u.TeamHrId, SyncedRole = u.SyncedRole,
                ManagerId = u.ManagerHrId, ManagerSetBySync = u.ManagerSetBySync, IsInvited = u.InvitedAt != null,
            })
            .ToListAsync(cancellationToken);
        var teams = await _db.Teams.AsNoTracking().Where(t => t.TenantId == tenantId).Select(t => new TeammeterTeam(t.HrId, t.Name)).ToListAsync(cancellationToken);
        var roles = await _db.Roles.AsNoTracking().Where(r => r.TenantId == tenantId).Select(r => r.Name).ToListAsync(cancellationToken);
        var released = await _db.Tenants.AsNoTracking().AnyAsync(t => t.TenantId == tenantId && t.InvitationsReleased, cancellationToken);
        return new TeammeterState(tenantId, users, teams, roles, released);
    }

    public async Task ApplyAsync(string tenantId, IReadOnlyList<SyncOperation> operations, CancellationToken cancellationToken)
    {
        _ledger.SinkCalls.Enqueue((tenantId, _db.Number));
        await using var tx = await _db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            foreach (var operation in operations)
            {
                switch (operation)
                {
                    case CreateTeam o when await _db.Teams.FindAsync([tenantId, o.TeamId], cancellationToken) is null:
                        _db.Teams.Add(new TeamRow { TenantId = tenantId, HrId = o.TeamId, Name = o.Name });
                        break;
                    case RenameTeam o:
                        (await _db.Teams.FindAsync([tenantId, o.TeamId], cancellationToken))!.Name = o.NewName;
                        break;
                    case CreateRole o when await _db.Roles.FindAsync([tenantId, o.Role], cancellationToken) is null:
                        _db.Roles.Add(new RoleRow { TenantId = tenantId, Name = o.Role });
                        break;
                    case CreateUser o when await _db.Users.FindAsync([tenantId, o.EmployeeId], cancellationToken) is null:
                        _db.Users.Add(new UserRow { TenantId = tenantId, HrId = o.EmployeeId, Email = o.Email, FirstName = o.FirstName, LastName = o.LastName });
                        break;
                    case AssignTeam o:
                        (await UserAsync(tenantId, o.EmployeeId, cancellationToken)).TeamHrId = o.TeamId;
                        break;
                    case AssignRole o:
                        (await UserAsync(tenantId, o.EmployeeId, cancellationToken)).SyncedRole = o.Role;
                        break;
                    case SetManager o:
                        var user = await UserAsync(tenantId, o.EmployeeId, cancellationToken);
                        (user.ManagerHrId, user.ManagerSetBySync) = (o.ManagerId, true);
                        break;
                    case ClearManager o:
                        (await UserAsync(tenantId, o.EmployeeId, cancellationToken)).ManagerHrId = null;
                        break;
                    case DeactivateUser o:
                        var leaver = await UserAsync(tenantId, o.EmployeeId, cancellationToken);
                        (leaver.Active, leaver.DeactivatedBySync) = (false, true);
                        break;
                    case ReactivateUser o:
                        var returner = await UserAsync(tenantId, o.EmployeeId, cancellationToken);
                        (returner.Active, returner.DeactivatedBySync) = (true, false);
                        break;
                    case SendInvitation o:
                        (await UserAsync(tenantId, o.EmployeeId, cancellationToken)).InvitedAt ??= DateTimeOffset.UnixEpoch;
                        break;
                    case UpdateUser o:
                        throw new NotSupportedException($"Not needed by these tests: {o.Kind}.");
                    default:
                        break; // an upsert that found its row already there
                }

                // Later operations of the batch find what earlier ones added.
                await _db.SaveChangesAsync(cancellationToken);
            }

            await tx.CommitAsync(cancellationToken);
        }
        catch
        {
            // As in the docs: the store shares this AppDb and saves the run's end; a failed batch must not ride along.
            _db.ChangeTracker.Clear();
            throw;
        }
    }

    public async Task MarkInvitationsReleasedAsync(string tenantId, CancellationToken cancellationToken)
    {
        _ledger.SinkCalls.Enqueue((tenantId, _db.Number));
        var row = await _db.Tenants.FindAsync([tenantId], cancellationToken);
        if (row is null)
        {
            _db.Tenants.Add(new TenantRow { TenantId = tenantId, InvitationsReleased = true });
        }
        else
        {
            row.InvitationsReleased = true;
        }

        await _db.SaveChangesAsync(cancellationToken);
    }

    private async Task<UserRow> UserAsync(string tenantId, string employeeId, CancellationToken cancellationToken) =>
        await _db.Users.FindAsync([tenantId, employeeId], cancellationToken)
        ?? throw new InvalidOperationException($"No user with HR id '{employeeId}' in tenant '{tenantId}'.");
}
