// Uses the packed Teammeter.Hris.Quartz package the way a host does: the host owns the Quartz scheduler (here the
// in-memory store), UseQuartzScheduling keeps one cron trigger per auto-sync tenant in it.
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using Quartz.Impl.Matchers;
using Teammeter.Hris;

internal static class QuartzConsumer
{
    private const string Group = "consumer-group";

    public static async Task<bool> RunAsync()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddQuartz();
        builder.Services
            .AddPersonioSync(o =>
            {
                o.AppId = "consumer-app";
                o.ApiKey = "consumer-key";
            })
            .UseQuartzScheduling(o => o.Group = Group);
        builder.Services.AddSingleton<ISyncTenantProvider, OneTenant>();
        builder.Services.AddSingleton<IHrisSource, TwoPeople>();
        builder.Services.AddSingleton<ITeammeterSink, Store>();
        builder.Services.AddSingleton<IInvitationSender, Outbox>();
        using var host = builder.Build();
        await host.StartAsync();

        // The schedule keeper writes the trigger in the background right after start; give it a generous moment.
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        ITrigger? trigger = null;
        for (var attempt = 0; attempt < 300 && trigger is null; attempt++)
        {
            trigger = await scheduler.GetTrigger(new TriggerKey(OneTenant.Id, Group));
            if (trigger is null)
            {
                await Task.Delay(100);
            }
        }

        var jobs = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(Group));
        await host.StopAsync();

        // The embedded schema is a file inside the DLL: this proves it made it into the package.
        var schemaShipped = QuartzSchema.PostgreSql.Contains("qrtz_triggers", StringComparison.OrdinalIgnoreCase);
        var cron = (trigger as ICronTrigger)?.CronExpressionString;
        Console.WriteLine($"package consumer (Quartz): {jobs.Count} job(s), trigger '{cron}', schema shipped: {schemaShipped}");
        return jobs.Count == 1 && cron == "0 30 6 ? * *" && schemaShipped;
    }
}

internal sealed class OneTenant : ISyncTenantProvider
{
    public const string Id = "consumer-tenant";

    private static readonly SyncTenant Tenant = new(Id, TimeZoneInfo.Utc, new TimeOnly(6, 30), AutoSync: true);

    public Task<IReadOnlyList<SyncTenant>> GetTenantsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SyncTenant>>([Tenant]);

    public Task<SyncTenant?> FindTenantAsync(string tenantId, CancellationToken cancellationToken) =>
        Task.FromResult(tenantId == Id ? Tenant : null);
}
