// The ASP.NET Core package the way a host uses it: map the review page behind its own policy, read it, and see a
// decision without the antiforgery token refused.
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Teammeter.Hris;

internal static class AspNetCoreConsumer
{
    public static async Task<bool> RunAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddPersonioSync(o =>
        {
            o.AppId = "consumer-app";
            o.ApiKey = "consumer-key";
        });
        builder.Services.AddSingleton<IHrisSource, TwoPeople>();
        builder.Services.AddSingleton<ITeammeterSink, Store>();
        builder.Services.AddSingleton<IInvitationSender, Outbox>();
        builder.Services.AddAntiforgery();
        builder.Services.AddAuthorization(o => o.AddPolicy("everyone", p => p.RequireAssertion(_ => true)));
        await using var app = builder.Build();
        app.UseAuthorization();
        app.MapPersonioSyncReview("/hris").RequireAuthorization("everyone");
        await app.StartAsync();

        await app.Services.GetRequiredService<IPersonioSync>().SyncAsync("consumer-tenant");
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        var page = await client.GetAsync("/hris/consumer-tenant");
        var html = await page.Content.ReadAsStringAsync();
        var forged = await client.PostAsync("/hris/consumer-tenant/release", new FormUrlEncodedContent([]));
        await app.StopAsync();

        Console.WriteLine($"package consumer: review page {(int)page.StatusCode}, release without token {(int)forged.StatusCode}");
        return page.StatusCode == HttpStatusCode.OK && html.Contains("Release invitations", StringComparison.Ordinal) && forged.StatusCode == HttpStatusCode.BadRequest;
    }
}
