using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Teammeter.Hris.Review;

/// <summary>Builds HTML where every value is encoded: markup goes through <see cref="Raw"/>, data only through <see cref="Text"/>.</summary>
internal sealed class HtmlBuilder
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;
    private readonly StringBuilder _html = new(16 * 1024);

    public HtmlBuilder Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlBuilder Text(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _html.Append(Encoder.Encode(value));
        }

        return this;
    }

    public HtmlBuilder Number(long value) => Raw(value.ToString("N0", CultureInfo.InvariantCulture));

    /// <summary>An element with encoded text content: <c>&lt;tag attributes&gt;text&lt;/tag&gt;</c>.</summary>
    public HtmlBuilder Element(string tag, string? text, string attributes = "") =>
        Raw("<").Raw(tag).Raw(attributes.Length > 0 ? " " + attributes : string.Empty).Raw(">").Text(text).Raw("</").Raw(tag).Raw(">");

    public static string Attribute(string? value) => Encoder.Encode(value ?? string.Empty);

    public override string ToString() => _html.ToString();
}
