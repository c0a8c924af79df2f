using System.Globalization;

namespace Teammeter.Hris.Sample.Output;

/// <summary>Prints a tenant's run history: a table for a person, or a JSON array (<c>--json</c>).</summary>
internal static class HistoryOutput
{
    public static void Write(SampleConsole console, string tenant, IReadOnlyList<SyncRun> runs)
    {
        if (console.Json)
        {
            console.WriteJson(json =>
            {
                json.WriteStartArray();
                foreach (var run in runs)
                {
                    json.WriteStartObject();
                    json.WriteString("tenant", run.TenantId);
                    json.WriteString("runId", run.RunId);
                    json.WriteString("kind", run.Kind.ToString());
                    json.WriteString("trigger", run.Trigger.ToString());
                    json.WriteString("startedAt", run.StartedAt);
                    json.WriteString("finishedAt", run.FinishedAt);
                    json.WriteString("outcome", run.Outcome.ToString());
                    Nullable(json, "planId", run.PlanId);
                    json.WriteStartObject("counts");
                    json.WriteNumber("planned", run.PlannedOperations);
                    json.WriteNumber("applied", run.AppliedOperations);
                    json.WriteNumber("invitationsSent", run.InvitationsSent);
                    json.WriteEndObject();
                    json.WriteNumber("held", run.HeldOperations);
                    json.WriteNumber("warnings", run.Warnings);
                    Nullable(json, "error", run.Error);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            });
            return;
        }

        if (runs.Count == 0)
        {
            console.Say($"  tenant {tenant} has no runs yet");
            return;
        }

        console.Say($"  tenant {tenant}: {runs.Count} run(s), newest first");
        console.Say($"    {"started (UTC)",-20} {"kind",-18} {"trigger",-8} {"outcome",-9} {"planned",7} {"applied",7} {"invited",7} {"held",5} {"warn",5}  plan / error");
        foreach (var run in runs)
        {
            var started = run.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            console.Say($"    {started,-20} {run.Kind,-18} {run.Trigger,-8} {run.Outcome,-9} {run.PlannedOperations,7} {run.AppliedOperations,7} {run.InvitationsSent,7} {run.HeldOperations,5} {run.Warnings,5}  {run.Error ?? run.PlanId}");
        }
    }

    private static void Nullable(System.Text.Json.Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
