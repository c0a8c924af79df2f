using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Teammeter.Hris.Sample.CommandLine;
using Teammeter.Hris.Sample.Hosting;
using Teammeter.Hris.Sample.Output;

namespace Teammeter.Hris.Sample.Commands;

/// <summary>The commands that act on one tenant of a real (or any Apideck-compatible) Apideck account.</summary>
internal static class TenantCommand
{
    public static async Task<int> RunAsync(SampleOptions options, SampleConsole console, CancellationToken cancellationToken)
    {
        var clock = new ShiftedTimeProvider();
        if (options.Today is { } today)
        {
            clock.MoveTo(today);
        }

        // The parser guarantees both for every command but the demo.
        var apideck = new ApideckEndpoint(options.ApideckUrl, options.AppId!, options.ApiKey!);
        using var host = SampleHost.Build(options, console, apideck, clock);
        await host.StartAsync(cancellationToken);
        try
        {
            await ExecuteAsync(host.Services, options, console, cancellationToken);
            return ExitCodes.Success;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static async Task ExecuteAsync(IServiceProvider services, SampleOptions options, SampleConsole console, CancellationToken cancellationToken)
    {
        var tenant = options.Tenant;
        var sync = services.GetRequiredService<IPersonioSync>();
        switch (options.Command)
        {
            case SampleCommand.Connect:
                var link = await services.GetRequiredService<IHrisConnections>()
                    .CreateSetupLinkAsync(tenant, new HrisSetupLinkRequest { OrganisationName = tenant }, cancellationToken);
                ConnectionOutput.WriteLink(console, tenant, link);
                break;
            case SampleCommand.Status:
                var status = await services.GetRequiredService<IHrisConnections>().GetStatusAsync(tenant, cancellationToken);
                ConnectionOutput.WriteStatus(console, tenant, status, SyncActivity.From(await sync.GetRunsAsync(tenant, 100, cancellationToken)));
                break;
            case SampleCommand.Plan:
                WriteReport(console, await sync.PlanAsync(tenant, cancellationToken), includeApplied: false);
                break;
            case SampleCommand.Sync:
                WriteReport(console, await sync.SyncAsync(tenant, cancellationToken: cancellationToken), includeApplied: true);
                break;
            case SampleCommand.ReleaseInvitations:
                var released = await sync.ReleaseInvitationsAsync(tenant, cancellationToken);
                if (console.Json)
                {
                    console.WriteJson(json =>
                    {
                        json.WriteStartObject();
                        json.WriteNumber("sent", released.InvitationsSent);
                        json.WriteEndObject();
                    });
                }
                else
                {
                    ReportText.Write(console.Out, released);
                    console.Say($"  review approved: {released.InvitationsSent} invitation(s) written to {options.OutboxDirectory}");
                }

                break;
            case SampleCommand.Approve or SampleCommand.Reject:
                await ReviewCommand.RunAsync(options, console, sync, cancellationToken);
                break;
            case SampleCommand.ApproveDeactivations:
                await ApproveDeactivationsAsync(console, sync, tenant, cancellationToken);
                break;
            default:
                throw new UsageException($"The command '{options.Command}' does not act on a tenant.");
        }
    }

    // The documented shortcut: approve every pending held deactivation of the tenant's latest plan.
    private static async Task ApproveDeactivationsAsync(SampleConsole console, IPersonioSync sync, string tenant, CancellationToken cancellationToken)
    {
        var plan = await sync.GetPlanAsync(tenant, null, cancellationToken);
        var keys = plan?.Held.Where(h => h.Status == ReviewOperationStatus.Pending && h.Operation is DeactivateUser).Select(h => h.Key).ToList() ?? [];
        var result = plan is null || keys.Count == 0
            ? new ReviewResult(tenant, plan?.PlanId ?? "none", [], [], [], plan?.Held.Where(h => h.Status == ReviewOperationStatus.Pending).ToList() ?? [], 0)
            : await sync.ApproveAsync(tenant, plan.PlanId, keys, cancellationToken);
        ReviewOutput.Write(console, result);
    }

    private static void WriteReport(SampleConsole console, SyncReport report, bool includeApplied)
    {
        if (console.Json)
        {
            console.WriteJson(json => ReportJson.Write(json, report, includeApplied));
        }
        else
        {
            ReportText.Write(console.Out, report);
        }
    }
}
