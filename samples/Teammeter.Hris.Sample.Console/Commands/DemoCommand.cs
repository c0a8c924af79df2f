using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Sample.CommandLine;
using Teammeter.Hris.Sample.Hosting;
using Teammeter.Hris.Sample.Output;

namespace Teammeter.Hris.Sample.Commands;

/// <summary>
/// The whole job on the embedded Northwind organisation: connect, initial sync within the tenant's scope (no
/// contractors, not the second legal entity Northwind Labs, nobody marked for exclusion), review approved, a coach
/// completing the data (an email, a missing manager), a day of HR changes, ongoing sync that keeps the coach's work
/// and invites the person who now has an email, and a repeated sync that has nothing to do.
/// </summary>
internal static class DemoCommand
{
    /// <summary>The manager a coach gives the person whose HR manager is unknown: their team's sales lead.</summary>
    private const string DemoCoachManagerId = "1070";

    public static async Task<int> RunAsync(SampleOptions options, SampleConsole console, CancellationToken cancellationToken)
    {
        DemoWorkspace.Prepare(options);
        var started = Stopwatch.GetTimestamp();
        var today = options.Today ?? DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
        var tenantId = options.Tenant;

        await using var server = await FakeApideckServer.StartAsync(null, cancellationToken);
        var personio = server.Tenants.Add(tenantId, DemoOrganisation.Create(today), VaultConnectionState.Available);
        var clock = new ShiftedTimeProvider();
        clock.MoveTo(today);
        var apideck = ApideckEndpoint.Of(server);
        using var host = SampleHost.Build(options with { Scope = DemoScope.Scope }, console, apideck, clock);
        await host.StartAsync(cancellationToken);
        var sync = host.Services.GetRequiredService<IPersonioSync>();
        var steps = new DemoSteps(console, host.Services.GetRequiredService<IHrisConnections>(), tenantId);

        console.Say($"Teammeter.Hris demo: {personio.Employees.Count} people in Northwind's Personio, behind an embedded Apideck server at {server.BaseAddress}");
        console.Say($"Teammeter data: {options.DatabasePath}   invitations: {options.OutboxDirectory}{Path.DirectorySeparatorChar}");

        var connection = await steps.ConnectAsync(cancellationToken);

        console.Say(string.Empty);
        console.Say($"2. Initial sync ({today:yyyy-MM-dd}): reading Personio, planning, writing...");
        DemoScope.Describe(console);
        var initial = await sync.SyncAsync(tenantId, cancellationToken: cancellationToken);
        DemoSteps.WriteReport(console, initial);
        var teammeter = (SqliteTeammeterSink)host.Services.GetRequiredService<ITeammeterSink>();
        var scoped = await DemoScope.WriteLeftOutAsync(console, personio, teammeter, tenantId, initial, cancellationToken);
        var noEmail = DemoOrganisation.NoEmailIds[0];
        console.Say("  No invitation is sent yet: the organisation's data is reviewed first.");
        console.Say($"  {DemoOrganisation.NoEmailIds.Count} people have no email in Personio: created without access. {DemoOrganisation.UnknownManagerEmployeeId}'s manager {DemoOrganisation.UnknownManagerId} is not in Personio: no reporting line.");

        console.Say(string.Empty);
        console.Say("3. Review approved: releasing invitations...");
        var release = await sync.ReleaseInvitationsAsync(tenantId, cancellationToken);
        var emlFiles = Directory.Exists(options.OutboxDirectory) ? Directory.GetFiles(options.OutboxDirectory, "*.eml").Length : 0;
        console.Say($"  {release.InvitationsSent} invitations sent: {emlFiles} .eml files in {options.OutboxDirectory}");

        // The coach's side of Teammeter, as `coach set-email` and `coach set-manager` write it: the coach's edits,
        // not the sync's, so the next sync keeps them.
        console.Say(string.Empty);
        console.Say("4. A coach completes the organisation in Teammeter:");
        var person = personio.Find(noEmail)!;
        var email = $"{person.FirstName}.{person.LastName}@{DemoOrganisation.EmailDomain}".ToLowerInvariant();
        await teammeter.SetCoachEmailAsync(tenantId, noEmail, email, cancellationToken);
        console.Say($"  coach set-email --employee {noEmail} --email {email}");
        await teammeter.SetCoachManagerAsync(tenantId, DemoOrganisation.UnknownManagerEmployeeId, DemoCoachManagerId, cancellationToken);
        console.Say($"  coach set-manager --employee {DemoOrganisation.UnknownManagerEmployeeId} --manager {DemoCoachManagerId}");

        var tomorrow = today.AddDays(1);
        var changes = DemoOrganisation.ApplyNextDay(personio, tomorrow);
        clock.MoveTo(tomorrow);
        console.Say(string.Empty);
        console.Say($"5. Next day ({tomorrow:yyyy-MM-dd}): in Personio, employee {changes.HireId} starts, {changes.LeaverId} leaves, team {changes.RenamedTeamId} becomes \"{changes.NewTeamName}\", {changes.PromotedId} is promoted to {changes.NewTitle}.");
        console.Say("  Ongoing sync...");
        var ongoing = await sync.SyncAsync(tenantId, cancellationToken: cancellationToken);
        DemoSteps.WriteReport(console, ongoing);
        var coach = await DemoSteps.CheckCoachEditsAsync(teammeter, tenantId, ongoing, noEmail, DemoOrganisation.UnknownManagerEmployeeId, DemoCoachManagerId, cancellationToken);
        console.Say(coach.Invited ? $"  {noEmail} is invited now that a coach added an email." : $"  UNEXPECTED: {noEmail} was not invited.");
        console.Say(coach.ManagerKept ? $"  {DemoOrganisation.UnknownManagerEmployeeId} still reports to {DemoCoachManagerId}: the sync keeps a coach's line." : $"  UNEXPECTED: the coach's line of {DemoOrganisation.UnknownManagerEmployeeId} is gone.");

        console.Say(string.Empty);
        console.Say("6. The same sync again...");
        var repeat = await sync.SyncAsync(tenantId, cancellationToken: cancellationToken);
        console.Say(repeat.Plan.Operations.Count == 0
            ? "  Nothing to change: a repeated sync is a no-op."
            : $"  UNEXPECTED: {repeat.Plan.Operations.Count} operation(s) planned again.");

        await host.StopAsync(CancellationToken.None);
        console.Say(string.Empty);
        console.Say($"Done in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s. Open the .eml files in {options.OutboxDirectory}, or the database with sqlite3.");
        if (console.Json)
        {
            DemoJson.Write(console, connection, initial, scoped, release, ongoing, repeat, coach);
        }

        return ExitCodes.Success;
    }
}
