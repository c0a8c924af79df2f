using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Teammeter.Hris.Tests.Helpers;

namespace Teammeter.Hris.Tests.AspNetCore.Review;

/// <summary>
/// A host app on Kestrel (127.0.0.1, a free port) that maps the review page the way a Teammeter backend does: its own
/// authentication (a header naming the role), a policy admitting admins only, antiforgery, and the engine with
/// in-memory doubles for HR and Teammeter.
/// </summary>
internal sealed partial class ReviewPageHost : IAsyncDisposable
{
    public const string Tenant = "tenant-a";
    public const string RoleHeader = "X-Test-Role";

    private WebApplication _app = null!;

    private ReviewPageHost()
    {
    }

    public Uri Address { get; private set; } = null!;

    public FakeHrisSource Source { get; } = new();

    public InMemoryTeammeterSink Sink { get; } = new();

    public RecordingInvitationSender Sender { get; } = new();

    public FakeConnections Connections { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 5, 0, 0, TimeSpan.Zero));

    public List<string> Logs { get; } = [];

    public IPersonioSync Sync => _app.Services.GetRequiredService<IPersonioSync>();

    public List<HrisEmployee> Employees => Source.For(Tenant);

    public TenantStore Store => Sink.Tenant(Tenant);

    public static async Task<ReviewPageHost> StartAsync(ISyncTenantProvider? tenants = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var host = new ReviewPageHost();
        var services = builder.Services;
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new ListLoggerProvider(host.Logs)));
        services.AddPersonioSync(o =>
        {
            o.AppId = "app";
            o.ApiKey = "secret-key";
        });
        services.AddSingleton<IHrisSource>(host.Source);
        services.AddSingleton<ITeammeterSink>(host.Sink);
        services.AddSingleton<IInvitationSender>(host.Sender);
        services.AddSingleton<IHrisConnections>(host.Connections);
        services.AddSingleton<TimeProvider>(host.Time);
        if (tenants is not null)
        {
            services.AddSingleton(tenants);
        }

        // Keys in memory: parallel hosts must not share (or race on) the machine's key folder.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddAntiforgery();
        services.AddAuthentication(RoleHeaderHandler.Name).AddScheme<AuthenticationSchemeOptions, RoleHeaderHandler>(RoleHeaderHandler.Name, null);
        services.AddAuthorization(o => o.AddPolicy("hris-admins", p => p.RequireRole("admin")));

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapPersonioSyncReview("/hris").RequireAuthorization("hris-admins");
        await app.StartAsync();
        host._app = app;
        host.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return host;
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects, and signs in as <paramref name="role"/>.</summary>
    public HttpClient Client(string? role = "admin")
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Address };
        if (role is not null)
        {
            client.DefaultRequestHeaders.Add(RoleHeader, role);
        }

        return client;
    }

    /// <summary>Reads the page and returns it with the antiforgery token its forms carry.</summary>
    public static async Task<(string Html, string Token)> PageAsync(HttpClient client, string tenant = Tenant)
    {
        var response = await client.GetAsync($"/hris/{tenant}");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        return (html, TokenField().Match(html).Groups[1].Value);
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string action, params (string Name, string Value)[] fields) =>
        client.PostAsync($"/hris/{Tenant}/{action}", new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
