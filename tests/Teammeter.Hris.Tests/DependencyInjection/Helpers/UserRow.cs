namespace Teammeter.Hris.Tests.DependencyInjection.Helpers;

/// <summary>A user of the host, keyed by tenant and HR id (docs/host-integration.md).</summary>
internal sealed class UserRow
{
    public required string TenantId { get; set; }

    public required string HrId { get; set; }

    public string? Email { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public bool Active { get; set; } = true;

    public bool DeactivatedBySync { get; set; }

    public string? TeamHrId { get; set; }

    public string? SyncedRole { get; set; }

    public string? ManagerHrId { get; set; }

    public bool ManagerSetBySync { get; set; }

    public DateTimeOffset? InvitedAt { get; set; }
}
