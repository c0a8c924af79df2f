using Teammeter.Hris.Sample.Output;

namespace Teammeter.Hris.Sample.Commands;

/// <summary>The demo's <c>--json</c> document: one object with every step's outcome.</summary>
internal static class DemoJson
{
    public static void Write(SampleConsole console, HrisConnectionStatus connection, SyncReport initial, bool scoped, SyncReport release, SyncReport ongoing, SyncReport repeat, (bool Invited, bool ManagerKept) coach) =>
        console.WriteJson(json =>
        {
            json.WriteStartObject();
            json.WriteString("tenant", initial.TenantId);
            json.WriteBoolean("connected", connection.IsConnected);
            json.WritePropertyName("initialSync");
            ReportJson.Write(json, initial, includeApplied: true);
            json.WriteBoolean("scopeLeftOutExpectedPeople", scoped);
            json.WriteNumber("invitationsSent", release.InvitationsSent);
            json.WriteStartObject("coachEdits");
            json.WriteBoolean("emailAddedThenInvited", coach.Invited);
            json.WriteBoolean("managerKept", coach.ManagerKept);
            json.WriteEndObject();
            json.WritePropertyName("nextDaySync");
            ReportJson.Write(json, ongoing, includeApplied: true);
            json.WritePropertyName("repeatSync");
            ReportJson.Write(json, repeat, includeApplied: true);
            json.WriteEndObject();
        });
}
