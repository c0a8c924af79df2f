using System.Text;
using System.Text.Json;

namespace Teammeter.Hris.Apideck;

/// <summary>Recognises an employee record's property names from their UTF-8 bytes, without a string per name.</summary>
internal static class ApideckEmployeeProperties
{
    /// <summary>The JSON name of each <see cref="ApideckEmployeeProperty"/>, by its value (for error paths).</summary>
    public static readonly string?[] Names =
    [
        null,
        "id",
        "first_name",
        "last_name",
        "emails",
        "employment_status",
        "employment_start_date",
        "employment_end_date",
        "title",
        "jobs",
        "team",
        "department_id",
        "department_name",
        "manager",
        "employment_role",
        "company_id",
        "custom_fields",
        "employee_number",
        "created_at",
        "updated_at",
        "deleted",
    ];

    private static readonly byte[][] s_utf8Names = [.. Names.Select(n => n is null ? [] : Encoding.UTF8.GetBytes(n))];

    /// <summary>The property the reader stands on (a property name token); names are matched exactly, as the serializer does.</summary>
    public static ApideckEmployeeProperty Of(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            // An escaped name ("\u0069d") means the same as its plain form; rare, so a string is fine.
            return Of(Encoding.UTF8.GetBytes(reader.GetString()!));
        }

        return Of(reader.ValueSpan);
    }

    private static ApideckEmployeeProperty Of(ReadOnlySpan<byte> name)
    {
        // Narrowed pages name about fifteen properties per record: a linear scan of short byte strings, most
        // rejected on their length, is cheaper here than hashing the name.
        for (var i = 1; i < s_utf8Names.Length; i++)
        {
            if (name.SequenceEqual(s_utf8Names[i]))
            {
                return (ApideckEmployeeProperty)i;
            }
        }

        return ApideckEmployeeProperty.Other;
    }
}
