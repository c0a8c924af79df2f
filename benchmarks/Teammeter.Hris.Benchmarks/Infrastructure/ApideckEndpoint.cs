using Teammeter.Hris.Sample.ApideckServer;

namespace Teammeter.Hris.Benchmarks.Infrastructure;

/// <summary>
/// Where an Apideck server listens and the credentials it accepts: all a client needs, whether the server runs in
/// this process (<see cref="FakeApideckServer"/>) or in a process of its own (the <c>apideck-server</c> mode).
/// </summary>
internal sealed record ApideckEndpoint(Uri BaseAddress, string AppId, string ApiKey)
{
    public static ApideckEndpoint Of(FakeApideckServer server) => new(server.BaseAddress, server.Options.AppId, server.Options.ApiKey);
}
