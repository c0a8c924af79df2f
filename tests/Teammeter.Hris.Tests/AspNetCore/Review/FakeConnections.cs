namespace Teammeter.Hris.Tests.AspNetCore.Review;

/// <summary>The connection as the test says it is; never calls Apideck.</summary>
internal sealed class FakeConnections : IHrisConnections
{
    public HrisConnectionStatus Status { get; set; } = new("personio", HrisConnectionStatus.CallableState, Enabled: true);

    public Task<HrisSetupLink> CreateSetupLinkAsync(string tenantId, HrisSetupLinkRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The review page never creates setup links.");

    public Task<HrisConnectionStatus> GetStatusAsync(string tenantId, CancellationToken cancellationToken = default) => Task.FromResult(Status);
}
