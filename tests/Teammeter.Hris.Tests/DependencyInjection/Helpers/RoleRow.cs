namespace Teammeter.Hris.Tests.DependencyInjection.Helpers;

/// <summary>A role name of a tenant.</summary>
internal sealed class RoleRow
{
    public required string TenantId { get; set; }

    public required string Name { get; set; }
}
