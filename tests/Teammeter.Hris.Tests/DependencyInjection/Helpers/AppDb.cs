using Microsoft.EntityFrameworkCore;

namespace Teammeter.Hris.Tests.DependencyInjection.Helpers;

/// <summary>
/// The host's EF Core context from docs/host-integration.md: registered scoped (<c>AddDbContext</c>), so each run
/// must get its own. Tells the <see cref="DbLedger"/> when it is made and disposed.
/// </summary>
internal sealed class AppDb : DbContext
{
    private readonly DbLedger _ledger;

    public AppDb(DbContextOptions<AppDb> options, DbLedger ledger)
        : base(options)
    {
        _ledger = ledger;
        Number = ledger.Created(this);
    }

    /// <summary>Which context this is, in order of creation.</summary>
    public int Number { get; }

    public bool IsDisposed { get; private set; }

    public DbSet<UserRow> Users => Set<UserRow>();

    public DbSet<TeamRow> Teams => Set<TeamRow>();

    public DbSet<RoleRow> Roles => Set<RoleRow>();

    public DbSet<TenantRow> Tenants => Set<TenantRow>();

    public override void Dispose()
    {
        IsDisposed = true;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        IsDisposed = true;
        return base.DisposeAsync();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UserRow>(e => { e.ToTable("users"); e.HasKey(u => new { u.TenantId, u.HrId }); });
        modelBuilder.Entity<TeamRow>(e => { e.ToTable("teams"); e.HasKey(t => new { t.TenantId, t.HrId }); });
        modelBuilder.Entity<RoleRow>(e => { e.ToTable("roles"); e.HasKey(r => new { r.TenantId, r.Name }); });
        modelBuilder.Entity<TenantRow>(e => { e.ToTable("tenants"); e.HasKey(t => t.TenantId); });
    }
}
