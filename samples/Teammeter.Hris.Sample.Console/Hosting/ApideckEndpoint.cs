using Teammeter.Hris.Sample.ApideckServer;

namespace Teammeter.Hris.Sample.Hosting;

/// <summary>An Apideck base address and the credentials for it.</summary>
internal sealed record ApideckEndpoint(Uri BaseAddress, string AppId, string ApiKey)
{
    /// <summary>The embedded server's address and the credentials it accepts (the demo, the benchmarks).</summary>
    public static ApideckEndpoint Of(FakeApideckServer server) => new(server.BaseAddress, server.Options.AppId, server.Options.ApiKey);

    /// <summary>Never prints the API key.</summary>
    public override string ToString() => $"ApideckEndpoint {{ BaseAddress = {BaseAddress}, AppId = {AppId}, ApiKey = *** }}";
}
