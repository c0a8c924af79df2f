namespace Teammeter.Hris.Tests.DependencyInjection.Helpers;

/// <summary>A team with an HR id.</summary>
internal sealed class TeamRow
{
    public required string TenantId { get; set; }

    public required string HrId { get; set; }

    public required string Name { get; set; }
}
