namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>
/// The <c>fields</c> query parameter: a comma-separated list of top-level fields, with dot notation for nested ones
/// (<c>id,manager.id</c>). Without it, every field is served.
/// </summary>
internal sealed class FieldSelection
{
    public static readonly FieldSelection All = new(null);

    // Top-level field → nested fields asked for (null: the whole value).
    private readonly Dictionary<string, HashSet<string>?>? fields;

    private FieldSelection(Dictionary<string, HashSet<string>?>? fields)
    {
        this.fields = fields;
    }

    public static FieldSelection Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return All;
        }

        var fields = new Dictionary<string, HashSet<string>?>(StringComparer.Ordinal);
        foreach (var raw in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dot = raw.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                fields[raw] = null;
                continue;
            }

            var top = raw[..dot];
            if (!fields.TryGetValue(top, out var nested))
            {
                fields[top] = nested = new HashSet<string>(StringComparer.Ordinal);
            }

            nested?.Add(raw[(dot + 1)..]);
        }

        return new FieldSelection(fields);
    }

    public bool Includes(string field) => fields is null || fields.ContainsKey(field);

    public bool IncludesNested(string field, string nested) =>
        fields is null || (fields.TryGetValue(field, out var inner) && (inner is null || inner.Contains(nested)));
}
