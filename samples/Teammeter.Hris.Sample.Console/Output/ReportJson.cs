using System.Text.Json;

namespace Teammeter.Hris.Sample.Output;

/// <summary>Writes the machine-readable output of <c>plan</c> and <c>sync</c> (<c>--json</c>).</summary>
internal static class ReportJson
{
    // A writer over a stream writes to it only when flushed; flushing at this size keeps its buffer small.
    private const int FlushThreshold = 64 * 1024;

    /// <summary>Writes the report as one JSON object; <paramref name="includeApplied"/> adds what a sync wrote.</summary>
    public static void Write(Utf8JsonWriter json, SyncReport report, bool includeApplied)
    {
        json.WriteStartObject();
        json.WriteString("tenant", report.TenantId);
        json.WriteString("planId", report.PlanId);
        json.WriteBoolean("initialSync", report.IsInitialSync);
        WriteOperations(json, "operations", report.Plan.Operations, report.Explain);
        WriteOperations(json, "held", report.Held, report.Explain);
        json.WriteStartArray("warnings");
        foreach (var warning in report.Warnings)
        {
            json.WriteStartObject();
            json.WriteString("code", warning.Code.ToString());
            if (warning.EmployeeId is not null)
            {
                json.WriteString("employeeId", warning.EmployeeId);
            }

            if (warning.RelatedIds.Count > 0)
            {
                json.WriteStartArray("relatedIds");
                foreach (var id in warning.RelatedIds)
                {
                    json.WriteStringValue(id);
                }

                json.WriteEndArray();
            }

            json.WriteString("message", warning.Message);
            json.WriteString("why", warning.Why);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("counts");
        foreach (var (kind, count) in report.Counts)
        {
            json.WriteNumber(kind.ToString(), count);
        }

        // People the tenant's scope left out: the total beside the operations, and by reason.
        if (report.ExcludedCounts.Count > 0)
        {
            json.WriteNumber("Excluded", report.ExcludedCounts.Values.Sum());
        }

        json.WriteEndObject();
        json.WriteStartObject("excluded");
        foreach (var (reason, count) in report.ExcludedCounts)
        {
            json.WriteNumber(reason.ToString(), count);
        }

        json.WriteEndObject();

        // The attributes the credential does not deliver (for example StartDate: Personio's Hire date), by flag name.
        json.WriteStartArray("missingFields");
        foreach (var field in Enum.GetValues<HrisFields>().Where(f => f != HrisFields.None && report.MissingFields.HasFlag(f)))
        {
            json.WriteStringValue(field.ToString());
        }

        json.WriteEndArray();
        if (includeApplied)
        {
            json.WriteBoolean("applied", report.Written);
            json.WriteNumber("appliedOperations", report.AppliedOperations);
            json.WriteNumber("invitationsSent", report.InvitationsSent);
        }

        json.WriteEndObject();
    }

    internal static void WriteOperations(Utf8JsonWriter json, string name, IReadOnlyList<SyncOperation> operations, Func<SyncOperation, string>? why = null)
    {
        json.WriteStartArray(name);
        foreach (var operation in operations)
        {
            json.WriteStartObject();
            json.WriteString("type", operation.Kind.ToString());
            var (employee, team, manager, role) = OperationIds.Of(operation);
            WriteIfSet(json, "employeeId", employee);
            WriteIfSet(json, "teamId", team);
            WriteIfSet(json, "managerId", manager);
            WriteIfSet(json, "role", role);
            json.WriteString("reason", operation.Reason);
            if (why is not null)
            {
                json.WriteString("why", why(operation));
            }

            json.WriteEndObject();
            if (json.BytesPending > FlushThreshold)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
    }

    private static void WriteIfSet(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
