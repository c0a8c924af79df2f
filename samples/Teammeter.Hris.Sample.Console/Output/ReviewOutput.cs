using System.Text.Json;

namespace Teammeter.Hris.Sample.Output;

/// <summary>Writes what an approval or rejection did: applied, dropped (no longer valid), rejected, still held.</summary>
internal static class ReviewOutput
{
    public static void Write(SampleConsole console, ReviewResult result)
    {
        if (console.Json)
        {
            console.WriteJson(json =>
            {
                json.WriteStartObject();
                json.WriteString("tenant", result.TenantId);
                json.WriteString("planId", result.PlanId);
                Write(json, "applied", result.Applied);
                Write(json, "dropped", result.Dropped);
                Write(json, "rejected", result.Rejected);
                Write(json, "held", result.StillHeld);
                json.WriteNumber("invitationsSent", result.InvitationsSent);
                json.WriteEndObject();
            });
            return;
        }

        console.Say($"  plan {result.PlanId}: {result.Applied.Count} applied, {result.Dropped.Count} dropped (no longer valid), {result.Rejected.Count} rejected, {result.StillHeld.Count} still held");
        foreach (var (label, operations) in new[] { ("applied", result.Applied), ("dropped", result.Dropped), ("rejected", result.Rejected), ("held", result.StillHeld) })
        {
            foreach (var operation in operations)
            {
                console.Say($"    {label,-8} {operation.Key,-32} {operation.Why}");
            }
        }
    }

    private static void Write(Utf8JsonWriter json, string name, IReadOnlyList<ReviewOperation> operations)
    {
        var why = operations.ToDictionary(o => o.Operation, o => o.Why);
        ReportJson.WriteOperations(json, name, [.. operations.Select(o => o.Operation)], o => why[o]);
    }
}
