using System.Net.Http.Headers;
using System.Text.Json;
using Teammeter.Hris.Sample.ApideckServer;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>Starts a <see cref="FakeApideckServer"/> per test and sends raw requests with Apideck's headers.</summary>
public abstract class ApideckServerTestBase : IAsyncLifetime
{
    protected const string Tenant = "acme";

    protected FakeApideckServer Server { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await FakeApideckServer.StartAsync(new FakeApideckServerOptions { ApiKey = "key-1", AppId = "app-1" }, CancellationToken.None);
        Client = new HttpClient { BaseAddress = Server.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }

    protected HttpRequestMessage Request(HttpMethod method, string pathAndQuery, string? consumer = Tenant, string? serviceId = "personio", string apiKey = "key-1", string appId = "app-1")
    {
        var request = new HttpRequestMessage(method, pathAndQuery);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        request.Headers.Add("x-apideck-app-id", appId);
        if (consumer is not null)
        {
            request.Headers.Add("x-apideck-consumer-id", consumer);
        }

        if (serviceId is not null)
        {
            request.Headers.Add("x-apideck-service-id", serviceId);
        }

        return request;
    }

    protected async Task<(HttpResponseMessage Response, JsonElement Body)> GetAsync(string pathAndQuery, string? consumer = Tenant, string? serviceId = "personio")
    {
        using var request = Request(HttpMethod.Get, pathAndQuery, consumer, serviceId);
        return await SendAsync(request);
    }

    protected async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpRequestMessage request)
    {
        var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return (response, document.RootElement.Clone());
    }
}
