using System.Collections;

namespace Teammeter.Hris;

/// <summary>
/// Custom attribute values of one employee (Apideck's <c>custom_fields</c>), as text, looked up by name or id ignoring
/// case. Compared by value, so two identical records stay equal. A source keeps only the attributes the sync reads
/// (the <see cref="SyncScope.ExclusionAttribute"/>): custom attributes can hold personal data.
/// </summary>
public sealed class HrisCustomAttributes : IReadOnlyCollection<KeyValuePair<string, string?>>, IEquatable<HrisCustomAttributes>
{
    private readonly KeyValuePair<string, string?>[] _values;

    /// <summary>Creates the collection.</summary>
    /// <param name="values">Attribute names (or ids) and their values as text; <see langword="null"/> for no value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A name is blank.</exception>
    public HrisCustomAttributes(IEnumerable<KeyValuePair<string, string?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = [.. values];
        foreach (var (name, _) in _values)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("A custom attribute needs a name or an id.", nameof(values));
            }
        }
    }

    /// <inheritdoc />
    public int Count => _values.Length;

    /// <summary>Whether the employee carries the attribute (with or without a value).</summary>
    /// <param name="name">The attribute's name or id; compared trimmed, ignoring case.</param>
    /// <param name="value">The value as text, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the attribute is present.</returns>
    public bool TryGetValue(string name, out string? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        var wanted = name.AsSpan().Trim();

        // A handful of attributes per employee: a scan beats building a dictionary for each.
        foreach (var (key, candidate) in _values)
        {
            if (key.AsSpan().Trim().Equals(wanted, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string?>>)_values).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(HrisCustomAttributes? other) =>
        other is not null && _values.AsSpan().SequenceEqual(other._values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HrisCustomAttributes);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var (name, value) in _values)
        {
            hash.Add(name, StringComparer.Ordinal);
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
