using System.Text.Json;
using Teammeter.Hris.Operations;

namespace Teammeter.Hris.Review;

/// <summary>
/// Writes an operation as the JSON its <see cref="OperationDto"/> serialises to (<see cref="OperationCodec.ToDto"/>
/// with an empty why and no HR fingerprint), byte for byte, without making the DTO: a plan's fingerprint writes every
/// operation of an initial sync, about 250,000 for 50,000 people, and two DTOs, a key string and a trip through the
/// serialiser's root per operation were most of its cost. <c>FingerprintsTests</c> holds the serialiser as the oracle.
/// </summary>
/// <remarks>
/// Properties come in <see cref="OperationDto"/>'s declaration order, camel-cased, and absent when null, as the
/// source-generated serialiser writes them; the names of kinds, statuses and fields are encoded once.
/// </remarks>
internal static class OperationJson
{
    // Longer keys (a team id or position title of this size is unusual) are built as a string instead.
    private const int StackKey = 256;

    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText ReasonName = JsonEncodedText.Encode("reason");
    private static readonly JsonEncodedText KeyName = JsonEncodedText.Encode("key");
    private static readonly JsonEncodedText WhyName = JsonEncodedText.Encode("why");
    private static readonly JsonEncodedText StatusName = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText EmployeeName = JsonEncodedText.Encode("employee");
    private static readonly JsonEncodedText TeamName = JsonEncodedText.Encode("team");
    private static readonly JsonEncodedText PreviousTeamName = JsonEncodedText.Encode("previousTeam");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText PreviousNameName = JsonEncodedText.Encode("previousName");
    private static readonly JsonEncodedText RoleName = JsonEncodedText.Encode("role");
    private static readonly JsonEncodedText PreviousRoleName = JsonEncodedText.Encode("previousRole");
    private static readonly JsonEncodedText ManagerName = JsonEncodedText.Encode("manager");
    private static readonly JsonEncodedText PreviousManagerName = JsonEncodedText.Encode("previousManager");
    private static readonly JsonEncodedText FirstNameName = JsonEncodedText.Encode("firstName");
    private static readonly JsonEncodedText LastNameName = JsonEncodedText.Encode("lastName");
    private static readonly JsonEncodedText EmailName = JsonEncodedText.Encode("email");
    private static readonly JsonEncodedText IdempotencyKeyName = JsonEncodedText.Encode("idempotencyKey");
    private static readonly JsonEncodedText MatchEmailName = JsonEncodedText.Encode("matchEmail");
    private static readonly JsonEncodedText ChangesName = JsonEncodedText.Encode("changes");
    private static readonly JsonEncodedText FieldName = JsonEncodedText.Encode("field");
    private static readonly JsonEncodedText BeforeName = JsonEncodedText.Encode("before");
    private static readonly JsonEncodedText AfterName = JsonEncodedText.Encode("after");

    private static readonly string[] Kinds = Enum.GetNames<SyncOperationKind>();
    private static readonly JsonEncodedText[] KindValues = [.. Kinds.Select(k => JsonEncodedText.Encode(k))];
    private static readonly JsonEncodedText[] StatusValues = [.. Enum.GetNames<ReviewOperationStatus>().Select(s => JsonEncodedText.Encode(s))];
    private static readonly JsonEncodedText[] FieldValues = [.. Enum.GetNames<UserField>().Select(f => JsonEncodedText.Encode(f))];

    /// <summary>Writes <paramref name="operation"/> with <paramref name="status"/>.</summary>
    public static void Write(Utf8JsonWriter json, SyncOperation operation, ReviewOperationStatus status)
    {
        var kind = (int)operation.Kind;
        if ((uint)kind >= (uint)Kinds.Length || (uint)status >= (uint)StatusValues.Length || HasUnnamedField(operation))
        {
            // A value without a name is written as the serialiser writes it; no plan makes one.
            JsonSerializer.Serialize(json, OperationCodec.ToDto(operation, string.Empty, status, null), ReviewJsonContext.Default.OperationDto);
            return;
        }

        json.WriteStartObject();
        json.WriteString(TypeName, KindValues[kind]);
        json.WriteString(ReasonName, operation.Reason);
        WriteKey(json, Kinds[kind], operation);
        json.WriteString(WhyName, string.Empty);
        json.WriteString(StatusName, StatusValues[(int)status]);
        WriteIfSet(json, EmployeeName, OperationKeys.EmployeeOf(operation));
        switch (operation)
        {
            case CreateTeam o:
                json.WriteString(TeamName, o.TeamId);
                json.WriteString(NameName, o.Name);
                break;
            case RenameTeam o:
                json.WriteString(TeamName, o.TeamId);
                json.WriteString(NameName, o.NewName);
                json.WriteString(PreviousNameName, o.OldName);
                break;
            case CreateRole o:
                json.WriteString(RoleName, o.Role);
                break;
            case CreateUser o:
                WritePerson(json, o.FirstName, o.LastName, o.Email);
                break;
            case UpdateUser o:
                WriteIfSet(json, MatchEmailName, o.MatchEmail);
                WriteChanges(json, o.Changes);
                break;
            case AssignTeam o:
                WriteIfSet(json, TeamName, o.TeamId);
                WriteIfSet(json, PreviousTeamName, o.PreviousTeamId);
                break;
            case AssignRole o:
                WriteIfSet(json, RoleName, o.Role);
                WriteIfSet(json, PreviousRoleName, o.PreviousRole);
                break;
            case SetManager o:
                json.WriteString(ManagerName, o.ManagerId);
                WriteIfSet(json, PreviousManagerName, o.PreviousManagerId);
                break;
            case ClearManager o:
                json.WriteString(PreviousManagerName, o.PreviousManagerId);
                break;
            case SendInvitation o:
                WritePerson(json, o.FirstName, o.LastName, o.Email);
                json.WriteString(IdempotencyKeyName, o.IdempotencyKey);
                break;
        }

        json.WriteEndObject();
    }

    /// <summary>The separator between a plan's operations and its held ones: <c>{"type":"held","reason":"-","status":"Pending"}</c>.</summary>
    public static void WriteHeldSeparator(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString(TypeName, "held");
        json.WriteString(ReasonName, "-");
        json.WriteString(StatusName, StatusValues[(int)default(ReviewOperationStatus)]);
        json.WriteEndObject();
    }

    // OperationKeys.Of, written from the stack: "<Kind>:<subject>", a position's subject upper-cased.
    private static void WriteKey(Utf8JsonWriter json, string kind, SyncOperation operation)
    {
        var subject = OperationKeys.SubjectOf(operation);
        var length = kind.Length + 1 + subject.Length;
        if (length > StackKey)
        {
            json.WriteString(KeyName, OperationKeys.Of(operation));
            return;
        }

        Span<char> key = stackalloc char[length];
        kind.CopyTo(key);
        key[kind.Length] = ':';
        var rest = key[(kind.Length + 1)..];
        if (operation is CreateRole)
        {
            subject.AsSpan().ToUpperInvariant(rest);
        }
        else
        {
            subject.CopyTo(rest);
        }

        json.WriteString(KeyName, key);
    }

    private static bool HasUnnamedField(SyncOperation operation)
    {
        if (operation is UpdateUser update)
        {
            foreach (var change in update.Changes)
            {
                if ((uint)change.Field >= (uint)FieldValues.Length)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void WritePerson(Utf8JsonWriter json, string? firstName, string? lastName, string? email)
    {
        WriteIfSet(json, FirstNameName, firstName);
        WriteIfSet(json, LastNameName, lastName);
        WriteIfSet(json, EmailName, email);
    }

    private static void WriteChanges(Utf8JsonWriter json, IReadOnlyList<UserFieldChange> changes)
    {
        json.WriteStartArray(ChangesName);
        foreach (var change in changes)
        {
            json.WriteStartObject();
            json.WriteString(FieldName, FieldValues[(int)change.Field]);
            WriteIfSet(json, BeforeName, change.Before);
            WriteIfSet(json, AfterName, change.After);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteIfSet(Utf8JsonWriter json, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
