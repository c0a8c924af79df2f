using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Teammeter.Hris.Webhooks;

/// <summary>
/// The text Apideck signs: <c>JSON.stringify</c> of the body after JavaScript sorted every object's keys
/// recursively (arrays keep their order). Reproduces JavaScript's rules byte for byte, because a single differing
/// byte fails the signature: compact output, only <c>"</c>, <c>\</c>, control characters and lone surrogates
/// escaped (everything else raw UTF-8), numbers as JavaScript prints a double, a duplicate key keeps its last value,
/// and integer-like keys first in numeric order (JavaScript objects enumerate them that way whatever the sort says).
/// </summary>
internal static class CanonicalJson
{
    private static readonly byte[] Null = "null"u8.ToArray();
    private static readonly byte[] True = "true"u8.ToArray();
    private static readonly byte[] False = "false"u8.ToArray();

    /// <summary>Writes the canonical form of <paramref name="element"/>.</summary>
    /// <exception cref="InvalidOperationException">A string is not valid UTF-16 once unescaped (System.Text.Json refuses it).</exception>
    public static void Write(JsonElement element, IBufferWriter<byte> output)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(element, output);
                break;
            case JsonValueKind.Array:
                output.Write("["u8);
                var first = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!first)
                    {
                        output.Write(","u8);
                    }

                    first = false;
                    Write(item, output);
                }

                output.Write("]"u8);
                break;
            case JsonValueKind.String:
                WriteString(element.GetString()!, output);
                break;
            case JsonValueKind.Number:
                // JSON.parse reads every number as a double; an overflow becomes Infinity, which stringifies as null.
                var number = double.Parse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
                output.Write(Encoding.ASCII.GetBytes(FormatNumber(number)));
                break;
            case JsonValueKind.True:
                output.Write(True);
                break;
            case JsonValueKind.False:
                output.Write(False);
                break;
            default:
                output.Write(Null);
                break;
        }
    }

    /// <summary>JavaScript's Number::toString for a double (ECMA-262, 6.1.6.1.20), as <c>JSON.stringify</c> prints it.</summary>
    internal static string FormatNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            return "null";
        }

        if (value == 0)
        {
            return "0"; // -0 too
        }

        // "R" is the shortest text that round-trips, as JavaScript's digits are; only the layout differs.
        var text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(text[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? mantissa : string.Concat(mantissa.AsSpan(0, point), mantissa.AsSpan(point + 1));
        var n = (point < 0 ? mantissa.Length : point) + exponent; // value = 0.digits × 10^n
        var trimmed = digits.TrimStart('0');
        n -= digits.Length - trimmed.Length;
        digits = trimmed.TrimEnd('0');
        var k = digits.Length;

        var result = new StringBuilder(k + 8);
        if (value < 0)
        {
            result.Append('-');
        }

        if (k <= n && n <= 21)
        {
            result.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            result.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            result.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var e = n - 1;
            result.Append(digits[0]);
            if (k > 1)
            {
                result.Append('.').Append(digits, 1, k - 1);
            }

            result.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }

        return result.ToString();
    }

    private static void WriteObject(JsonElement element, IBufferWriter<byte> output)
    {
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            properties[property.Name] = property.Value; // JSON.parse: the last duplicate wins
        }

        var keys = properties.Keys.ToList();
        keys.Sort(CompareAsJavaScriptKeys);
        output.Write("{"u8);
        for (var i = 0; i < keys.Count; i++)
        {
            if (i > 0)
            {
                output.Write(","u8);
            }

            WriteString(keys[i], output);
            output.Write(":"u8);
            Write(properties[keys[i]], output);
        }

        output.Write("}"u8);
    }

    // Array-index keys ("0", "17", below 2^32 - 1, no leading zero) enumerate first, ascending by value; the other
    // keys keep the order they were inserted in, which Apideck's sort makes UTF-16 code-unit order (= ordinal).
    private static int CompareAsJavaScriptKeys(string left, string right)
    {
        var leftIndex = ArrayIndex(left);
        var rightIndex = ArrayIndex(right);
        return (leftIndex, rightIndex) switch
        {
            ({ } l, { } r) => l.CompareTo(r),
            (not null, null) => -1,
            (null, not null) => 1,
            _ => string.CompareOrdinal(left, right),
        };
    }

    private static uint? ArrayIndex(string key)
    {
        if (key.Length is 0 or > 10 || (key.Length > 1 && key[0] == '0'))
        {
            return null;
        }

        return uint.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index != uint.MaxValue ? index : null;
    }

    private static void WriteString(string value, IBufferWriter<byte> output)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\b':
                    text.Append("\\b");
                    break;
                case '\f':
                    text.Append("\\f");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case < ' ':
                    AppendUnicodeEscape(text, c);
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        text.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        AppendUnicodeEscape(text, c); // a lone surrogate (ES2019 well-formed JSON.stringify)
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
        output.Write(Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static void AppendUnicodeEscape(StringBuilder text, char c) =>
        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
}
