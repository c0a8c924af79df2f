using System.Text.Json;

namespace Teammeter.Hris.Review;

/// <summary>
/// Writes an <see cref="OperationDto"/> exactly as the serialiser does (<see cref="ReviewJsonContext"/>: camel case,
/// nulls left out, enums by name, properties in declaration order), without its per-call machinery.
/// </summary>
/// <remarks>
/// A plan's fingerprint writes every operation of an initial sync (250,000 for 50,000 people), and in a fresh process
/// the serialiser's path cost about 0.3 s of it (docs/performance.md §5). Fingerprints are stored and compared across
/// runs, so these bytes must stay the serialiser's: a property-based test holds the two together.
/// </remarks>
internal static class OperationDtoWriter
{
    private static readonly JsonEncodedText s_type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText s_reason = JsonEncodedText.Encode("reason");
    private static readonly JsonEncodedText s_key = JsonEncodedText.Encode("key");
    private static readonly JsonEncodedText s_why = JsonEncodedText.Encode("why");
    private static readonly JsonEncodedText s_status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText s_hrFingerprint = JsonEncodedText.Encode("hrFingerprint");
    private static readonly JsonEncodedText s_employee = JsonEncodedText.Encode("employee");
    private static readonly JsonEncodedText s_team = JsonEncodedText.Encode("team");
    private static readonly JsonEncodedText s_previousTeam = JsonEncodedText.Encode("previousTeam");
    private static readonly JsonEncodedText s_name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText s_previousName = JsonEncodedText.Encode("previousName");
    private static readonly JsonEncodedText s_role = JsonEncodedText.Encode("role");
    private static readonly JsonEncodedText s_previousRole = JsonEncodedText.Encode("previousRole");
    private static readonly JsonEncodedText s_manager = JsonEncodedText.Encode("manager");
    private static readonly JsonEncodedText s_previousManager = JsonEncodedText.Encode("previousManager");
    private static readonly JsonEncodedText s_firstName = JsonEncodedText.Encode("firstName");
    private static readonly JsonEncodedText s_lastName = JsonEncodedText.Encode("lastName");
    private static readonly JsonEncodedText s_email = JsonEncodedText.Encode("email");
    private static readonly JsonEncodedText s_idempotencyKey = JsonEncodedText.Encode("idempotencyKey");
    private static readonly JsonEncodedText s_matchEmail = JsonEncodedText.Encode("matchEmail");
    private static readonly JsonEncodedText s_changes = JsonEncodedText.Encode("changes");
    private static readonly JsonEncodedText s_field = JsonEncodedText.Encode("field");
    private static readonly JsonEncodedText s_before = JsonEncodedText.Encode("before");
    private static readonly JsonEncodedText s_after = JsonEncodedText.Encode("after");

    public static void Write(Utf8JsonWriter json, OperationDto dto)
    {
        json.WriteStartObject();
        json.WriteString(s_type, dto.Type);
        json.WriteString(s_reason, dto.Reason);
        Optional(json, s_key, dto.Key);
        Optional(json, s_why, dto.Why);
        json.WriteString(s_status, dto.Status.ToString());
        Optional(json, s_hrFingerprint, dto.HrFingerprint);
        Optional(json, s_employee, dto.Employee);
        Optional(json, s_team, dto.Team);
        Optional(json, s_previousTeam, dto.PreviousTeam);
        Optional(json, s_name, dto.Name);
        Optional(json, s_previousName, dto.PreviousName);
        Optional(json, s_role, dto.Role);
        Optional(json, s_previousRole, dto.PreviousRole);
        Optional(json, s_manager, dto.Manager);
        Optional(json, s_previousManager, dto.PreviousManager);
        Optional(json, s_firstName, dto.FirstName);
        Optional(json, s_lastName, dto.LastName);
        Optional(json, s_email, dto.Email);
        Optional(json, s_idempotencyKey, dto.IdempotencyKey);
        Optional(json, s_matchEmail, dto.MatchEmail);
        if (dto.Changes is { } changes)
        {
            json.WriteStartArray(s_changes);
            foreach (var change in changes)
            {
                json.WriteStartObject();
                json.WriteString(s_field, change.Field.ToString());
                Optional(json, s_before, change.Before);
                Optional(json, s_after, change.After);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
