using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Sample.Serve;

/// <summary>
/// <c>serve --web</c>: the review page beside the scheduler, as a Teammeter backend would map it into its own app.
/// The page uses the scheduler host's engine, sink and store, so a decision here is the one the next run sees.
/// </summary>
internal static class ReviewWebServer
{
    public const string PagePrefix = "/review";

    /// <summary>Where Apideck's signed deliveries arrive (the signature authenticates them, not the web token).</summary>
    public const string WebhooksPath = "/webhooks/apideck";
    public const string Policy = "review-admins";

    public static async Task<WebApplication> StartAsync(Uri url, string token, IServiceProvider sync, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseKestrel().UseUrls(url.GetLeftPart(UriPartial.Authority));
        builder.Logging.ClearProviders();

        // The very objects the scheduler host runs with (one SQLite store, one engine, one tenant list).
        var services = builder.Services;
        services.AddSingleton(sync.GetRequiredService<IPersonioSync>());
        services.AddSingleton(sync.GetRequiredService<ITeammeterSink>());
        services.AddSingleton(sync.GetRequiredService<IHrisConnections>());
        services.AddSingleton(sync.GetRequiredService<ISyncTenantProvider>());
        services.AddSingleton(new WebToken(token));
        services.AddAntiforgery();
        services.AddAuthentication(WebToken.PolicyScheme)
            .AddPolicyScheme(WebToken.PolicyScheme, "bearer or cookie", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count > 0 ? WebToken.BearerScheme : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(WebToken.BearerScheme, null)
            .AddCookie(o =>
            {
                o.Cookie.Name = "teammeter_review";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
                o.LoginPath = SignInEndpoints.Path;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
            });
        services.AddAuthorization(o => o.AddPolicy(Policy, p => p.RequireAuthenticatedUser().RequireRole(WebToken.AdminRole)));

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        SignInEndpoints.Map(app);
        app.MapPersonioSyncReview(PagePrefix).RequireAuthorization(Policy);
        app.MapApideckWebhooks(sync, WebhooksPath);
        await app.StartAsync(cancellationToken);
        return app;
    }

    /// <summary>The address the page listens on (the real port when <c>--web</c> named port 0).</summary>
    public static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}
