using System.Globalization;
using System.Text.Json;
using Teammeter.Hris.Sample.CommandLine;

namespace Teammeter.Hris.Sample.Serve;

/// <summary>
/// Reads <c>--tenants</c>: a JSON array of <c>{"tenant", "timeZone", "syncAt", "autoSync"}</c>. Every problem names
/// the entry and the field, so a support engineer can fix the file without guessing.
/// </summary>
internal static class TenantsFile
{
    public static IReadOnlyList<SyncTenant> Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"The tenants file '{path}' cannot be read: {exception.Message}");
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            return Parse(path, document.RootElement);
        }
        catch (JsonException exception)
        {
            throw new UsageException($"The tenants file '{path}' is not valid JSON: {exception.Message}");
        }
    }

    private static List<SyncTenant> Parse(string path, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Array)
        {
            throw new UsageException($"The tenants file '{path}' must hold a JSON array of tenants, not a {root.ValueKind.ToString().ToLowerInvariant()}.");
        }

        var tenants = new List<SyncTenant>(root.GetArrayLength());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var entry in root.EnumerateArray())
        {
            var where = $"The tenants file '{path}', entry {index++}";
            if (entry.ValueKind != JsonValueKind.Object)
            {
                throw new UsageException($"{where}: must be an object.");
            }

            var id = Text(entry, "tenant", where);
            if (!seen.Add(id))
            {
                throw new UsageException($"{where}: tenant '{id}' is listed twice.");
            }

            tenants.Add(new SyncTenant(id, Zone(entry, where), Time(entry, where), AutoSync(entry, where)));
        }

        return tenants;
    }

    private static string Text(JsonElement entry, string name, string where) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!
            : throw new UsageException($"{where}: '{name}' must be a non-empty string.");

    private static TimeZoneInfo Zone(JsonElement entry, string where)
    {
        var zone = Text(entry, "timeZone", where);
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(zone);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new UsageException($"{where}: 'timeZone' '{zone}' is not a time zone this machine knows (use an IANA id such as Europe/Berlin).");
        }
    }

    private static TimeOnly Time(JsonElement entry, string where)
    {
        var text = Text(entry, "syncAt", where);
        return TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new UsageException($"{where}: 'syncAt' must be a local time as HH:mm (or HH:mm:ss), not '{text}'.");
    }

    private static bool AutoSync(JsonElement entry, string where) =>
        entry.TryGetProperty("autoSync", out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : throw new UsageException($"{where}: 'autoSync' must be true or false.");
}
