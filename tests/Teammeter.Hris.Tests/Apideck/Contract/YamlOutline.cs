namespace Teammeter.Hris.Tests.Apideck.Contract;

/// <summary>
/// A minimal, line-based reader of block-style YAML mappings: enough to walk an OpenAPI document by keys,
/// list a mapping's keys and a sequence's scalar items, and follow local <c>$ref</c>s. No YAML package needed.
/// </summary>
internal sealed class YamlOutline
{
    private readonly string[] _lines;

    public YamlOutline(string text) => _lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');

    /// <summary>A node: the line of its key and that line's indentation (-1 for the document root).</summary>
    public readonly record struct Node(int Line, int Indent);

    public static Node Root => new(-1, -1);

    /// <summary>Walks keys from the root, following a <c>$ref</c> wherever a key holds one.</summary>
    public Node? Find(params string[] path)
    {
        Node? node = Root;
        foreach (var key in path)
        {
            node = node is { } current ? Child(Resolve(current), key) : null;
        }

        return node is { } found ? Resolve(found) : null;
    }

    public Node? Child(Node node, string key) =>
        Children(node).Where(c => c.Key == key).Select(c => (Node?)c.Node).FirstOrDefault();

    public IReadOnlyList<string> Keys(Node node) => [.. Children(node).Select(c => c.Key)];

    /// <summary>Scalar items of a block sequence under the node (<c>- value</c> lines).</summary>
    public IReadOnlyList<string> Items(Node node)
    {
        var items = new List<string>();
        int? itemIndent = null;
        for (var i = node.Line + 1; i < _lines.Length; i++)
        {
            var (indent, content) = Split(_lines[i]);
            if (content is null)
            {
                continue;
            }

            if (indent < node.Indent || (indent == node.Indent && !content.StartsWith("- ", StringComparison.Ordinal)))
            {
                break;
            }

            if (content.StartsWith("- ", StringComparison.Ordinal) && (itemIndent ??= indent) == indent)
            {
                items.Add(Unquote(content[2..].Trim()));
            }
        }

        return items;
    }

    /// <summary>The scalar value written after the node's key, if any.</summary>
    public string? Value(Node node)
    {
        var (_, content) = Split(_lines[node.Line]);
        var colon = content!.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? null : Unquote(content[(colon + 2)..].Trim());
    }

    /// <summary>Follows the node's local <c>$ref</c> chain, if any.</summary>
    public Node Resolve(Node node)
    {
        for (var hops = 0; hops < 10; hops++)
        {
            var reference = node.Line >= 0 ? Child(node, "$ref") : null;
            if (reference is not { } refNode || Value(refNode) is not { } target || !target.StartsWith("#/", StringComparison.Ordinal))
            {
                return node;
            }

            Node? next = Root;
            foreach (var part in target[2..].Split('/'))
            {
                next = next is { } current ? Child(current, part) : null;
            }

            node = next ?? throw new InvalidOperationException($"Unresolvable $ref {target}.");
        }

        return node;
    }

    private IEnumerable<(string Key, Node Node)> Children(Node node)
    {
        int? childIndent = null;
        for (var i = node.Line + 1; i < _lines.Length; i++)
        {
            var (indent, content) = Split(_lines[i]);
            if (content is null)
            {
                continue;
            }

            if (indent <= node.Indent)
            {
                yield break;
            }

            childIndent ??= indent;
            if (indent != childIndent || content.StartsWith('-'))
            {
                continue;
            }

            var colon = content.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && (colon == content.Length - 1 || content[colon + 1] == ' '))
            {
                yield return (Unquote(content[..colon]), new Node(i, indent));
            }
        }
    }

    private static (int Indent, string? Content) Split(string line)
    {
        var trimmed = line.TrimStart(' ');
        return trimmed.Length == 0 || trimmed.StartsWith('#') ? (0, null) : (line.Length - trimmed.Length, trimmed);
    }

    private static string Unquote(string text) =>
        text.Length >= 2 && (text[0] == '\'' || text[0] == '"') && text[^1] == text[0] ? text[1..^1] : text;
}
