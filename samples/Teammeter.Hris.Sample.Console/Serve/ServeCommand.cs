using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Teammeter.Hris.Sample.CommandLine;
using Teammeter.Hris.Sample.Hosting;
using Teammeter.Hris.Sample.Output;

namespace Teammeter.Hris.Sample.Serve;

/// <summary>
/// <c>serve</c>: one backend node. Runs the daily sync of every tenant in <c>--tenants</c> on the chosen scheduler
/// until <c>--run-for</c> elapses or the process is asked to stop, lets the runs in flight finish, and prints what
/// this node ran.
/// </summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(SampleOptions options, SampleConsole console, CancellationToken cancellationToken)
    {
        var tenantsFile = options.TenantsFile!;
        var tenants = TenantsFile.Read(tenantsFile); // a bad file stops here, naming the entry and field
        if (options.QuartzPostgres is { } postgres)
        {
            await CreateQuartzTablesAsync(postgres, cancellationToken);
        }

        var clock = TimeProvider.System;
        var runLog = new ServeRunLog();
        var apideck = new ApideckEndpoint(options.ApideckUrl, options.AppId!, options.ApiKey!);
        using var host = SampleHost.Build(options, console, apideck, clock, sync =>
        {
            var services = sync.Services;
            services.AddSingleton<ISyncTenantProvider>(sp => new FileTenantProvider(tenantsFile, sp.GetRequiredService<ILogger<FileTenantProvider>>()));
            services.AddSingleton<ISyncRunObserver>(runLog);
            if (options.Scheduler == SchedulerKind.Quartz)
            {
                services.AddClusteredQuartz(options.QuartzPostgres!, options.Node);
                sync.UseQuartzScheduling(quartz => quartz.ScheduleRefreshInterval = TimeSpan.FromSeconds(5));
            }
            else
            {
                services.Configure<PersonioSyncOptions>(o => o.ScheduleRefreshInterval = TimeSpan.FromSeconds(5));
                sync.AddDailySync();
            }

            // With --web, Apideck's signed deliveries arrive at <url>/webhooks/apideck (docs/webhooks.md).
            if (options.WebUrl is not null)
            {
                sync.AddApideckWebhooks(webhooks => webhooks.DebounceWindow = TimeSpan.FromSeconds(2));
            }
        });

        console.Say($"node {options.Node}: serving {tenants.Count(t => t.AutoSync)} auto-sync tenant(s) of {tenants.Count} on the {Describe(options.Scheduler)} scheduler; Ctrl+C stops.");
        await host.StartAsync(cancellationToken);
        await using var web = options.WebUrl is { } url ? await ReviewWebServer.StartAsync(url, options.WebToken!, host.Services, cancellationToken) : null;
        if (web is not null)
        {
            var address = ReviewWebServer.Address(web);
            foreach (var tenant in tenants)
            {
                console.Say($"review page for {tenant.TenantId}: {new Uri(address, $"{ReviewWebServer.PagePrefix.TrimStart('/')}/{Uri.EscapeDataString(tenant.TenantId)}")}");
            }
        }

        try
        {
            await Task.Delay(options.RunFor ?? Timeout.InfiniteTimeSpan, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C or SIGTERM: the normal way to stop a node.
        }

        console.Say("stopping: letting the runs in flight finish...");
        if (web is not null)
        {
            await web.StopAsync(CancellationToken.None);
        }

        await host.StopAsync(CancellationToken.None); // bounded by the host's shutdown timeout
        Summarise(console, options.Node, runLog.Runs);
        return ExitCodes.Success;
    }

    private static async Task CreateQuartzTablesAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            await QuartzCluster.EnsureSchemaAsync(connectionString, cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or ArgumentException)
        {
            // Npgsql's messages name the host and the failure, never the password; the connection string is not echoed.
            throw new UsageException($"Option '--quartz-postgres': the Quartz job store cannot be prepared: {exception.Message}");
        }
    }

    private static string Describe(SchedulerKind scheduler) =>
        scheduler == SchedulerKind.Quartz ? "clustered Quartz" : "built-in";

    private static void Summarise(SampleConsole console, string node, IReadOnlyList<ServeRun> runs)
    {
        if (console.Json)
        {
            console.WriteJson(json =>
            {
                json.WriteStartObject();
                json.WriteString("node", node);
                json.WriteStartArray("runs");
                foreach (var run in runs)
                {
                    json.WriteStartObject();
                    json.WriteString("tenant", run.Tenant);
                    json.WriteString("kind", run.Kind.ToString());
                    json.WriteString("trigger", run.Trigger.ToString());
                    json.WriteString("outcome", run.Outcome.ToString());
                    json.WriteString("result", run.Result);
                    json.WriteNumber("held", run.Held);
                    if (run.PlanId is not null)
                    {
                        json.WriteString("planId", run.PlanId);
                    }

                    json.WriteString("started", run.Started);
                    json.WriteString("finished", run.Finished);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            });
            return;
        }

        console.Say($"node {node} ran {runs.Count} run(s):");
        foreach (var run in runs)
        {
            var held = run.Held > 0 ? $" {run.Held} held in plan {run.PlanId}" : string.Empty;
            console.Say($"  {run.Tenant,-24} {run.Trigger,-9} {run.Result,-14} {run.Started:HH:mm:ss} → {run.Finished:HH:mm:ss}{held}");
        }
    }
}
