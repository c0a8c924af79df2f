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

            var tenant = new SyncTenant(id, Zone(entry, where), Time(entry, where), AutoSync(entry, where));
            tenants.Add(Scope(entry, where) is { } scope ? tenant with { Policy = tenant.Policy with { Scope = scope } } : tenant);
        }

        return tenants;
    }

    private static string Text(JsonElement entry, string name, string where) =>
        entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!
            : throw new UsageException($"{where}: '{name}' must be a non-empty string.");

    /// <summary>
    /// The optional <c>scope</c>: <c>{"excludeEmploymentTypes": ["contractor"], "onlyCompanies": ["1"], "excludeDepartments": [],
    /// "excludeTeams": [], "excludeCompanies": [], "onlyEmploymentTypes": [], "exclusionAttribute": "Exclude from Teammeter"}</c>.
    /// </summary>
    private static SyncScope? Scope(JsonElement entry, string where)
    {
        if (!entry.TryGetProperty("scope", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new UsageException($"{where}: 'scope' must be an object.");
        }

        string[] known = ["excludeEmploymentTypes", "onlyEmploymentTypes", "excludeCompanies", "onlyCompanies", "excludeDepartments", "excludeTeams", "exclusionAttribute"];
        foreach (var property in value.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new UsageException($"{where}: 'scope.{property.Name}' is not a scope field; use {string.Join(", ", known)}.");
            }
        }

        var scope = new SyncScope
        {
            ExcludeEmploymentTypes = Strings(value, "excludeEmploymentTypes", where),
            OnlyEmploymentTypes = Strings(value, "onlyEmploymentTypes", where),
            ExcludeCompanies = Strings(value, "excludeCompanies", where),
            OnlyCompanies = Strings(value, "onlyCompanies", where),
            ExcludeDepartments = Strings(value, "excludeDepartments", where),
            ExcludeTeams = Strings(value, "excludeTeams", where),
            ExclusionAttribute = value.TryGetProperty("exclusionAttribute", out var attribute) && attribute.ValueKind == JsonValueKind.String
                ? attribute.GetString()
                : null,
        };

        // The package's own rules (employment types it knows, no blank entries), checked now rather than at 06:00.
        try
        {
            OrgReconciler.Plan(new HrisSnapshot([], DateTimeOffset.UnixEpoch), TeammeterState.Empty("check"), ReconcilePolicy.Default with { Scope = scope }, default);
        }
        catch (ArgumentException exception)
        {
            throw new UsageException($"{where}: 'scope' is invalid: {exception.Message}");
        }

        return scope;
    }

    private static string[] Strings(JsonElement scope, string name, string where)
    {
        if (!scope.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            throw new UsageException($"{where}: 'scope.{name}' must be an array of strings.");
        }

        return [.. value.EnumerateArray().Select(v => v.GetString()!)];
    }

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
