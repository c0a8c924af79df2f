using System.Globalization;
using System.Text;

namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>
/// Opaque page cursors in Apideck's style (base64 of <c>service::offset::n</c>, optionally <c>::g</c> with a
/// generation that makes a cursor unique while pointing at the same offset, for the endless-empty-pages fault).
/// </summary>
internal static class PageCursor
{
    public static string Encode(string serviceId, int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{serviceId}::offset::{offset}")));

    public static string Encode(string serviceId, int offset, long generation) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{serviceId}::offset::{offset}::{generation}")));

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
        if (!text.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = text.AsSpan(prefix.Length);
        var separator = rest.IndexOf("::", StringComparison.Ordinal);
        if (separator >= 0)
        {
            if (!long.TryParse(rest[(separator + 2)..], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                return false;
            }

            rest = rest[..separator];
        }

        return int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out offset);
    }
}
