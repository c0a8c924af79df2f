using Teammeter.Hris.Sample.Output;

namespace Teammeter.Hris.Sample.Commands;

/// <summary>The demo's connect step and its report printing, kept apart so the demo's story reads top to bottom.</summary>
internal sealed class DemoSteps(SampleConsole console, IHrisConnections connections, string tenantId)
{
    /// <summary>Creates the Vault link, plays the admin who opens it, and shows the status before and after.</summary>
    public async Task<HrisConnectionStatus> ConnectAsync(CancellationToken cancellationToken)
    {
        console.Say(string.Empty);
        console.Say("1. Connect Personio through Apideck Vault");
        var before = await connections.GetStatusAsync(tenantId, cancellationToken);
        console.Say($"  status: {ConnectionOutput.Describe(before)}");
        var link = await connections.CreateSetupLinkAsync(tenantId, new HrisSetupLinkRequest { OrganisationName = "Northwind" }, cancellationToken);
        console.Say($"  setup link for the customer's admin: {link.Url.AbsoluteUri}");

        // In production a person opens the link and enters Personio's Client ID and Secret in Vault; the embedded
        // server's session page stands in for that person.
        using (var browser = new HttpClient())
        using (var page = await browser.GetAsync(link.Url, cancellationToken))
        {
            page.EnsureSuccessStatusCode();
        }

        console.Say("  (the admin opens the link and enters the Personio Client ID and Secret)");
        var after = await connections.GetStatusAsync(tenantId, cancellationToken);
        console.Say($"  status: {ConnectionOutput.Describe(after)}");
        if (!after.IsConnected)
        {
            throw new InvalidOperationException($"The demo connection is '{after.State}' after the setup link was used; expected it to be connected.");
        }

        return after;
    }

    /// <summary>Whether the sync after the coach's edits invited the person given an email, and kept the coach's line.</summary>
    public static async Task<(bool Invited, bool ManagerKept)> CheckCoachEditsAsync(
        SqliteTeammeterSink teammeter,
        string tenant,
        SyncReport ongoing,
        string emailEmployeeId,
        string managerEmployeeId,
        string managerId,
        CancellationToken cancellationToken)
    {
        var users = (await teammeter.LoadAsync(tenant, cancellationToken)).Users;
        var invited = ongoing.Plan.Operations.OfType<SendInvitation>().Any(o => o.EmployeeId == emailEmployeeId)
            && users.Single(u => u.EmployeeId == emailEmployeeId).IsInvited;
        var line = users.Single(u => u.EmployeeId == managerEmployeeId);
        return (invited, line.ManagerId == managerId && !line.ManagerSetBySync);
    }

    public static void WriteReport(SampleConsole console, SyncReport report)
    {
        if (!console.Json)
        {
            ReportText.Write(console.Out, report);
        }
    }
}
