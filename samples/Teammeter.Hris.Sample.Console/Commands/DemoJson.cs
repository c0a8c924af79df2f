using Teammeter.Hris.Sample.Output;

namespace Teammeter.Hris.Sample.Commands;

/// <summary>The demo's <c>--json</c> document: one object with every step's outcome.</summary>
internal static class DemoJson
{
    public static void Write(SampleConsole console, HrisConnectionStatus connection, SyncReport initial, SyncReport release, SyncReport ongoing, SyncReport repeat) =>
        console.WriteJson(json =>
        {
            json.WriteStartObject();
            json.WriteString("tenant", initial.TenantId);
            json.WriteBoolean("connected", connection.IsConnected);
            json.WritePropertyName("initialSync");
            ReportJson.Write(json, initial, includeApplied: true);
            json.WriteNumber("invitationsSent", release.InvitationsSent);
            json.WritePropertyName("nextDaySync");
            ReportJson.Write(json, ongoing, includeApplied: true);
            json.WritePropertyName("repeatSync");
            ReportJson.Write(json, repeat, includeApplied: true);
            json.WriteEndObject();
        });
}
