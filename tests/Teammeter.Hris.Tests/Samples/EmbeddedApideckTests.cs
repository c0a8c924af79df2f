using Teammeter.Hris.Sample.ApideckServer;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>
/// Tests of the sample against its embedded Apideck server, which knows the app id and the API key every sample
/// test passes, with a temporary folder for the SQLite file and the outbox.
/// </summary>
public abstract class EmbeddedApideckTests : IAsyncLifetime
{
    protected TempDirectory Temp { get; } = new();

    protected FakeApideckServer Server { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Server = await FakeApideckServer.StartAsync(new FakeApideckServerOptions { ApiKey = SampleRun.ApiKey, AppId = "app-1" }, CancellationToken.None);

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Temp.Dispose();
    }
}
