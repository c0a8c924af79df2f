// The core package the way a host uses it: register, resolve, sync, release invitations.
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Teammeter.Hris;

internal static class CoreConsumer
{
    public static async Task<bool> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddPersonioSync(o =>
        {
            o.AppId = "consumer-app";
            o.ApiKey = "consumer-key";
        });
        builder.Services.AddSingleton<IHrisSource, TwoPeople>();
        builder.Services.AddSingleton<ITeammeterSink, Store>();
        builder.Services.AddSingleton<IInvitationSender, Outbox>();
        using var host = builder.Build();
        await host.StartAsync();

        var sync = host.Services.GetRequiredService<IPersonioSync>();
        var initial = await sync.SyncAsync("consumer-tenant");
        var released = await sync.ReleaseInvitationsAsync("consumer-tenant");
        await host.StopAsync();

        var created = initial.Counts.GetValueOrDefault(SyncOperationKind.CreateUser);
        Console.WriteLine($"package consumer: created {created} users, sent {released.InvitationsSent} invitations");
        return created == 2 && released.InvitationsSent == 1;
    }
}
