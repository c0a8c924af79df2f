using Microsoft.Extensions.DependencyInjection;
using Teammeter.Hris.Apideck;
using Teammeter.Hris.Sample.Hosting;

namespace Teammeter.Hris.Benchmarks.Infrastructure;

/// <summary>
/// The package composed the way a host composes it (<c>AddPersonioSync</c>: typed client, resilience pipeline,
/// source, engine), pointed at an Apideck server (the embedded one, in this process or its own), with the host's sink
/// and sender.
/// </summary>
internal sealed class SyncHost : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private SyncHost(ServiceProvider services)
    {
        this.services = services;
        Sync = services.GetRequiredService<IPersonioSync>();
        Source = services.GetRequiredService<IHrisSource>();
        Client = services.GetRequiredService<ApideckClient>();
    }

    public IPersonioSync Sync { get; }

    public IHrisSource Source { get; }

    /// <summary>The typed client behind <see cref="Source"/> (same handler chain), to time the wire and decoding alone.</summary>
    public ApideckClient Client { get; }

    public static SyncHost Create(ApideckEndpoint endpoint, ITeammeterSink sink, IInvitationSender sender, int maxConcurrentTenants = 4)
    {
        var services = new ServiceCollection();
        services.AddSingleton(sink);
        services.AddSingleton(sender);
        services.AddPersonioSync(o =>
        {
            o.ApideckBaseAddress = endpoint.BaseAddress;
            o.ApiKey = endpoint.ApiKey;
            o.AppId = endpoint.AppId;
            o.MaxConcurrentTenants = maxConcurrentTenants;
        });
        return new SyncHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
