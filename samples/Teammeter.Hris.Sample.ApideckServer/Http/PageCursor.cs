using System.Globalization;
using System.Text;

namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>Opaque page cursors in Apideck's style (base64 of <c>service::offset::n</c>).</summary>
internal static class PageCursor
{
    public static string Encode(string serviceId, int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{serviceId}::offset::{offset}")));

    public static bool TryDecode(string serviceId, string cursor, out int offset)
    {
        offset = 0;
        var bytes = new byte[cursor.Length];
        if (!Convert.TryFromBase64String(cursor, bytes, out var length))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(bytes, 0, length);
        var prefix = serviceId + "::offset::";
        return text.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
    }
}
