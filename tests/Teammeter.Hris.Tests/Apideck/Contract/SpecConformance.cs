using System.Text.Json.Nodes;

namespace Teammeter.Hris.Tests.Apideck.Contract;

/// <summary>Checks requests and JSON payloads against an OpenAPI document read through <see cref="YamlOutline"/>.</summary>
internal static class SpecConformance
{
    /// <summary>The resolved names of an operation's parameters of one kind (<c>query</c>, <c>header</c>, <c>path</c>).</summary>
    public static IReadOnlyList<string> ParameterNames(YamlOutline spec, string path, string method, string location)
    {
        var parameters = spec.Find("paths", path, method, "parameters") ?? throw new InvalidOperationException($"{method} {path} has no parameters.");
        var names = new List<string>();
        foreach (var item in spec.Items(parameters))
        {
            const string Prefix = "$ref: ";
            if (!item.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var target = item[Prefix.Length..].Trim('\'', '"');
            var parameter = spec.Find(target[2..].Split('/')) ?? throw new InvalidOperationException($"Unresolvable {target}.");
            if (spec.Child(parameter, "in") is { } inNode && spec.Value(inNode) == location && spec.Child(parameter, "name") is { } nameNode)
            {
                names.Add(spec.Value(nameNode)!);
            }
        }

        return names;
    }

    /// <summary>Every problem found in <paramref name="json"/> against <paramref name="schema"/>: unknown keys, values outside enums.</summary>
    public static List<string> Check(YamlOutline spec, JsonNode? json, YamlOutline.Node schema, string where)
    {
        var problems = new List<string>();
        Walk(spec, json, schema, where, problems);
        return problems;
    }

    /// <summary>Whether a dotted field path (<c>jobs.title</c>) names a property of the schema.</summary>
    public static bool HasField(YamlOutline spec, YamlOutline.Node schema, string dottedPath)
    {
        YamlOutline.Node? node = schema;
        foreach (var part in dottedPath.Split('.'))
        {
            node = node is { } current ? PropertyOf(spec, ObjectSchema(spec, current), part) : null;
        }

        return node is not null;
    }

    private static void Walk(YamlOutline spec, JsonNode? json, YamlOutline.Node schema, string where, List<string> problems)
    {
        switch (json)
        {
            case JsonObject obj:
                var objectSchema = ObjectSchema(spec, schema);
                var open = spec.Child(objectSchema, "additionalProperties") is { } extra && spec.Value(extra) == "true";
                foreach (var (key, value) in obj)
                {
                    if (PropertyOf(spec, objectSchema, key) is { } property)
                    {
                        Walk(spec, value, property, $"{where}.{key}", problems);
                    }
                    else if (!open)
                    {
                        problems.Add($"{where}.{key} is not in the spec");
                    }
                }

                break;
            case JsonArray array:
                var items = spec.Child(schema, "items") is { } i ? spec.Resolve(i) : schema;
                for (var n = 0; n < array.Count; n++)
                {
                    Walk(spec, array[n], items, $"{where}[{n}]", problems);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && spec.Child(schema, "enum") is { } enumNode:
                if (!spec.Items(enumNode).Contains(text))
                {
                    problems.Add($"{where} = '{text}' is not in the spec's enum");
                }

                break;
            default:
                break;
        }
    }

    /// <summary>Follows a <c>$ref</c> and an array's <c>items</c> down to the schema holding <c>properties</c>.</summary>
    private static YamlOutline.Node ObjectSchema(YamlOutline spec, YamlOutline.Node schema)
    {
        var resolved = spec.Resolve(schema);
        return spec.Child(resolved, "items") is { } items ? spec.Resolve(items) : resolved;
    }

    private static YamlOutline.Node? PropertyOf(YamlOutline spec, YamlOutline.Node schema, string name) =>
        spec.Child(schema, "properties") is { } properties && spec.Child(properties, name) is { } property
            ? spec.Resolve(property)
            : null;
}
