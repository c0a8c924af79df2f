using System.Text;
using System.Text.Json;

namespace Teammeter.Hris.Apideck;

/// <summary>
/// Decodes one page of <c>GET /hris/employees</c> straight from its UTF-8 bytes into <see cref="HrisEmployee"/>s: no
/// intermediate objects per record, statuses, types and dates read from the bytes without a string.
/// </summary>
/// <remarks>
/// <para>
/// It accepts exactly what the serializer accepted for the spec's shape (docs/performance.md §5): unknown properties
/// are skipped, every known one must have its JSON type or be <c>null</c> (anything else fails the page with the
/// property's path), a repeated property counts with its last value, trailing content after the page is refused.
/// Timestamps stay lenient: an unreadable <c>created_at</c>/<c>updated_at</c> is <see langword="null"/>.
/// </para>
/// <para>
/// Each record is mapped as soon as it ends, so a record that cannot be keyed (no id, an unreadable lifecycle date) or
/// a <c>null</c> entry stops the page where it stands. Deleted records are counted and dropped.
/// </para>
/// </remarks>
/// <param name="pageNumber">The page's number, for errors.</param>
/// <param name="attribute">The only custom attribute to keep (a scope's exclusion attribute), or <see langword="null"/>.</param>
/// <param name="shared">The read's shared teams, departments and titles, or <see langword="null"/> to share nothing.</param>
internal sealed class ApideckEmployeeReader(int pageNumber, string? attribute, ApideckSharedValues? shared)
{
    /// <summary>Values longer than this (in bytes) are decoded through a string instead of the stack.</summary>
    private const int StackChars = 64;

    private static readonly HrisCustomAttributes s_noAttributes = new([]);

    // What Next returns besides the position of a name it was given.
    private const int End = -1;
    private const int Other = 0;

    private readonly ApideckEmployeeRecord _record = new();
    private readonly string? _attribute = attribute?.Trim();

    // Where the reader is, for the path an error names ("$.data[3].emails").
    private string _section = "$";
    private int _index = -1;
    private string? _property;

    /// <summary>Decodes a whole body; <see langword="null"/> when it is JSON <c>null</c>.</summary>
    /// <exception cref="JsonException">Not JSON, or not shaped like a page of employees; the path says where.</exception>
    /// <exception cref="HrisSourceException">A record cannot be used (see the remarks).</exception>
    public ApideckListPage<HrisEmployee>? Read(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        try
        {
            reader.Read();
            var page = reader.TokenType == JsonTokenType.Null ? null : ReadPage(ref reader);

            // Like the serializer: one value per body.
            if (reader.Read())
            {
                throw Unexpected(ref reader);
            }

            return page;
        }
        catch (JsonException ex) when (ex.Path is null)
        {
            // The reader's own errors (cut off, not JSON) know the position but not the path.
            throw new JsonException(ex.Message, Path, ex.LineNumber, ex.BytePositionInLine, ex);
        }
    }

    private string Path => (_index, _property) switch
    {
        ( < 0, _) => _section,
        (_, null) => $"{_section}[{_index}]",
        _ => $"{_section}[{_index}].{_property}",
    };

    private ApideckListPage<HrisEmployee> ReadPage(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        List<HrisEmployee>? employees = null;
        var records = 0;
        string? next = null;
        int property;
        while ((property = Next(ref reader, "data"u8, "meta"u8)) != End)
        {
            switch (property)
            {
                case 1:
                    _section = "$.data";
                    (employees, records) = reader.TokenType == JsonTokenType.Null ? (null, 0) : ReadRecords(ref reader);
                    break;
                case 2:
                    _section = "$.meta";
                    next = ReadMeta(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }

            _section = "$";
        }

        return new ApideckListPage<HrisEmployee>(records, employees, next);
    }

    private (List<HrisEmployee> Employees, int Records) ReadRecords(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var employees = new List<HrisEmployee>();
        var records = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            _index = records++;
            if (reader.TokenType == JsonTokenType.Null)
            {
                // Like a record without an id: skipping it could make someone look like a leaver.
                throw new HrisSourceException($"Page {pageNumber} of GET /hris/employees holds a null record instead of an employee; the snapshot is unusable.");
            }

            _record.Reset();
            ReadRecord(ref reader);
            if (!_record.Deleted)
            {
                employees.Add(ApideckEmployeeMapper.Map(_record, pageNumber, shared));
            }
        }

        _index = -1;
        return (employees, records);
    }

    private void ReadRecord(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var record = _record;
        while (NextProperty(ref reader))
        {
            var property = ApideckEmployeeProperties.Of(ref reader);
            _property = ApideckEmployeeProperties.Names[(int)property];
            reader.Read();
            switch (property)
            {
                case ApideckEmployeeProperty.Id: record.Id = String(ref reader); break;
                case ApideckEmployeeProperty.FirstName: record.FirstName = String(ref reader); break;
                case ApideckEmployeeProperty.LastName: record.LastName = String(ref reader); break;
                case ApideckEmployeeProperty.Emails: ReadEmails(ref reader); break;
                case ApideckEmployeeProperty.EmploymentStatus: record.Status = Status(ref reader); break;
                case ApideckEmployeeProperty.StartDate: (record.StartDate, record.StartDateText) = Date(ref reader); break;
                case ApideckEmployeeProperty.EndDate: (record.EndDate, record.EndDateText) = Date(ref reader); break;
                case ApideckEmployeeProperty.Title: record.Title = Repeated(ref reader); break;
                case ApideckEmployeeProperty.Jobs: ReadJobs(ref reader); break;
                case ApideckEmployeeProperty.Team: (record.TeamId, record.TeamName) = ReadIdAndName(ref reader); break;
                case ApideckEmployeeProperty.DepartmentId: record.DepartmentId = Repeated(ref reader); break;
                case ApideckEmployeeProperty.DepartmentName: record.DepartmentName = Repeated(ref reader); break;
                case ApideckEmployeeProperty.Manager: record.ManagerId = ReadIdAndName(ref reader).Id; break;
                case ApideckEmployeeProperty.EmploymentRole: record.EmploymentType = ReadEmploymentRole(ref reader); break;
                case ApideckEmployeeProperty.CompanyId: record.CompanyId = Repeated(ref reader); break;
                case ApideckEmployeeProperty.CustomFields: record.CustomAttributes = ReadCustomFields(ref reader); break;
                case ApideckEmployeeProperty.EmployeeNumber: record.EmployeeNumber = String(ref reader); break;
                case ApideckEmployeeProperty.CreatedAt: record.CreatedAt = ApideckTimestamps.Read(ref reader); break;
                case ApideckEmployeeProperty.UpdatedAt: record.UpdatedAt = ApideckTimestamps.Read(ref reader); break;
                case ApideckEmployeeProperty.Deleted: record.Deleted = Boolean(ref reader) == true; break;
                default: reader.Skip(); break;
            }
        }

        _property = null;
    }

    private void ReadEmails(ref Utf8JsonReader reader)
    {
        _record.ClearEmails();
        if (!Optional(ref reader, JsonTokenType.StartArray))
        {
            return;
        }

        while (NextEntry(ref reader))
        {
            string? email = null, type = null;
            int property;
            while ((property = Next(ref reader, "email"u8, "type"u8)) != End)
            {
                switch (property)
                {
                    case 1: email = String(ref reader); break;
                    case 2: type = Repeated(ref reader); break;
                    default: reader.Skip(); break;
                }
            }

            _record.OfferEmail(email, type);
        }
    }

    private void ReadJobs(ref Utf8JsonReader reader)
    {
        _record.PrimaryJobTitle = null;
        if (!Optional(ref reader, JsonTokenType.StartArray))
        {
            return;
        }

        while (NextEntry(ref reader))
        {
            string? title = null;
            bool? isPrimary = null;
            int property;
            while ((property = Next(ref reader, "title"u8, "is_primary"u8)) != End)
            {
                switch (property)
                {
                    case 1: title = Repeated(ref reader); break;
                    case 2: isPrimary = Boolean(ref reader); break;
                    default: reader.Skip(); break;
                }
            }

            _record.OfferJob(title, isPrimary);
        }
    }

    /// <summary>An object with an <c>id</c> and a <c>name</c> (a team; a manager, whose name is not read).</summary>
    private (string? Id, string? Name) ReadIdAndName(ref Utf8JsonReader reader)
    {
        string? id = null, name = null;
        if (!Optional(ref reader, JsonTokenType.StartObject))
        {
            return (null, null);
        }

        int property;
        while ((property = Next(ref reader, "id"u8, "name"u8)) != End)
        {
            switch (property)
            {
                case 1: id = Repeated(ref reader); break;
                case 2: name = Repeated(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return (id, name);
    }

    private HrisEmploymentType? ReadEmploymentRole(ref Utf8JsonReader reader)
    {
        HrisEmploymentType? type = null;
        if (!Optional(ref reader, JsonTokenType.StartObject))
        {
            return null;
        }

        int property;
        while ((property = Next(ref reader, "type"u8)) != End)
        {
            if (property == 1)
            {
                type = Text(ref reader, static chars => ApideckEmployeeMapper.ParseEmploymentType(chars));
            }
            else
            {
                reader.Skip();
            }
        }

        return type;
    }

    /// <summary>
    /// Keeps only the wanted attribute (custom fields can hold personal data the sync has no use for):
    /// <see langword="null"/> for <c>null</c> or when none is wanted, an empty set when the record lacks it.
    /// </summary>
    private HrisCustomAttributes? ReadCustomFields(ref Utf8JsonReader reader)
    {
        if (!Optional(ref reader, JsonTokenType.StartArray))
        {
            return null;
        }

        HrisCustomAttributes? kept = null;
        while (NextEntry(ref reader))
        {
            string? id = null, name = null, value = null;
            int property;
            while ((property = Next(ref reader, "id"u8, "name"u8, "value"u8)) != End)
            {
                switch (property)
                {
                    case 1: id = String(ref reader); break;
                    case 2: name = String(ref reader); break;
                    case 3 when _attribute is not null && kept is null: value = CustomValue(ref reader); break;
                    default: reader.Skip(); break;
                }
            }

            if (_attribute is not null && kept is null
                && (string.Equals(name?.Trim(), _attribute, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(id?.Trim(), _attribute, StringComparison.OrdinalIgnoreCase)))
            {
                kept = new HrisCustomAttributes([new(_attribute, value)]);
            }
        }

        return _attribute is null ? null : kept ?? s_noAttributes;
    }

    /// <summary>A custom value as text: strings as they are, booleans and numbers as JSON writes them, the first of an array.</summary>
    private static string? CustomValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            case JsonTokenType.StartArray:
                string? first = null;
                if (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    first = CustomValue(ref reader);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        reader.Skip();
                    }
                }

                return first;
            default:
                reader.Skip();
                return null;
        }
    }

    private string? ReadMeta(ref Utf8JsonReader reader)
    {
        string? next = null;
        if (!Optional(ref reader, JsonTokenType.StartObject))
        {
            return null;
        }

        int property;
        while ((property = Next(ref reader, "cursors"u8, "items_on_page"u8)) != End)
        {
            switch (property)
            {
                case 1:
                    next = ReadNextCursor(ref reader);
                    break;
                case 2 when reader.TokenType != JsonTokenType.Null && !(reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out _)):
                    // Not read, but the serializer refused a page whose count is not a whole number.
                    throw Unexpected(ref reader);
                default:
                    reader.Skip();
                    break;
            }
        }

        return next;
    }

    private string? ReadNextCursor(ref Utf8JsonReader reader)
    {
        string? next = null;
        if (!Optional(ref reader, JsonTokenType.StartObject))
        {
            return null;
        }

        int property;
        while ((property = Next(ref reader, "next"u8)) != End)
        {
            if (property == 1)
            {
                next = String(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return next;
    }

    private HrisEmploymentStatus? Status(ref Utf8JsonReader reader) =>
        Text(ref reader, static chars => ApideckEmployeeMapper.ParseStatus(chars));

    /// <summary>A plain <c>yyyy-MM-dd</c> is parsed here; anything else is kept as text for the mapper to parse or refuse.</summary>
    private (DateOnly? Date, string? Text) Date(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && ApideckTimestamps.TryParseIsoDate(reader.ValueSpan, out var date))
        {
            return (date, null);
        }

        return (null, String(ref reader));
    }

    private delegate T SpanParser<T>(ReadOnlySpan<char> chars);

    /// <summary>Parses a short string value from the stack, without allocating it; <c>null</c> parses as empty.</summary>
    private T Text<T>(ref Utf8JsonReader reader, SpanParser<T> parse)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return parse([]);
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw Unexpected(ref reader);
        }

        if (reader.ValueSpan.Length > StackChars)
        {
            return parse(reader.GetString());
        }

        Span<char> chars = stackalloc char[StackChars];
        return parse(chars[..reader.CopyString(chars)]);
    }

    private string? String(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw Unexpected(ref reader),
    };

    /// <summary>A string value many records repeat (a title, a unit, a manager's id): one copy per read when shared.</summary>
    private string? Repeated(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => shared is null ? reader.GetString() : shared.Strings.Get(ref reader),
        JsonTokenType.Null => null,
        _ => throw Unexpected(ref reader),
    };

    private bool? Boolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        _ => throw Unexpected(ref reader),
    };

    /// <summary>Steps to the next property of the current object; <see langword="false"/> at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    /// <summary>
    /// Steps to the next property of the current object and onto its value: 1, 2 or 3 when it is the first, second or
    /// third name given, <see cref="Other"/> for any other (the caller skips its value), <see cref="End"/> at the
    /// object's end. One walk for every small object of the record (emails, jobs, team, manager, role, custom fields, meta).
    /// </summary>
    private static int Next(ref Utf8JsonReader reader, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second = default, ReadOnlySpan<byte> third = default)
    {
        if (!NextProperty(ref reader))
        {
            return End;
        }

        var which = reader.ValueTextEquals(first) ? 1
            : !second.IsEmpty && reader.ValueTextEquals(second) ? 2
            : !third.IsEmpty && reader.ValueTextEquals(third) ? 3
            : Other;
        reader.Read();
        return which;
    }

    /// <summary>
    /// Steps to the next object of an array of objects (from the array's start or the previous entry's end);
    /// <c>null</c> entries carry nothing and are passed over.
    /// </summary>
    private bool NextEntry(ref Utf8JsonReader reader)
    {
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject: return true;
                case JsonTokenType.Null: continue;
                case JsonTokenType.EndArray: return false;
                default: throw Unexpected(ref reader);
            }
        }

        return false;
    }

    /// <summary>Whether the current token opens what is expected; <see langword="false"/> for <c>null</c>.</summary>
    private bool Optional(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return false;
        }

        Expect(ref reader, expected);
        return true;
    }

    private void Expect(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (reader.TokenType != expected)
        {
            throw Unexpected(ref reader);
        }
    }

    private JsonException Unexpected(ref Utf8JsonReader reader) =>
        new($"Unexpected {reader.TokenType} at {Path}.", Path, null, null);
}
