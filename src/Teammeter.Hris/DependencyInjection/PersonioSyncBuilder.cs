using Microsoft.Extensions.DependencyInjection;

namespace Teammeter.Hris;

/// <summary>Returned by <c>AddPersonioSync</c> so a host can keep configuring the sync.</summary>
public sealed class PersonioSyncBuilder
{
    internal PersonioSyncBuilder(IServiceCollection services, IHttpClientBuilder httpClient)
    {
        Services = services;
        HttpClient = httpClient;
    }

    /// <summary>The service collection the sync is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The Apideck <see cref="System.Net.Http.HttpClient"/>'s builder, so a host can add its own handlers (proxies, logging, test doubles).</summary>
    public IHttpClientBuilder HttpClient { get; }
}
