namespace Teammeter.Hris.Tests.DependencyInjection.Helpers;

/// <summary>Per-tenant flags: whether invitations were released.</summary>
internal sealed class TenantRow
{
    public required string TenantId { get; set; }

    public bool InvitationsReleased { get; set; }
}
