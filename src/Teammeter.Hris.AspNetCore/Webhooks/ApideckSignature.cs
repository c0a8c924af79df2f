using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Teammeter.Hris.Webhooks;

/// <summary>
/// The <c>x-apideck-signature</c> of a delivery: Base64 of HMAC-SHA256, keyed with the application's API key, over
/// the body with its object keys sorted recursively and printed compactly (<see cref="CanonicalJson"/>).
/// </summary>
/// <remarks>
/// Reference: Apideck, "Webhook Signature Verification",
/// https://developers.apideck.com/guides/webhook-signature-verification (their reference code sorts the parsed body's
/// keys, <c>JSON.stringify</c>s it and takes <c>digest("base64")</c>; they ask for a constant-time comparison).
/// </remarks>
internal static class ApideckSignature
{
    public const string HeaderName = "x-apideck-signature";

    private const int DigestBytes = 32;

    /// <summary>The signature Apideck would send for this parsed body.</summary>
    public static string Compute(JsonElement body, string apiKey)
    {
        Span<byte> digest = stackalloc byte[DigestBytes];
        Digest(body, apiKey, digest);
        return Convert.ToBase64String(digest);
    }

    /// <summary>Whether <paramref name="signature"/> is the body's signature, compared in constant time.</summary>
    public static bool Verify(JsonElement body, string? signature, string apiKey)
    {
        if (string.IsNullOrEmpty(signature) || signature.Length > 64)
        {
            return false;
        }

        Span<byte> presented = stackalloc byte[48];
        if (!Convert.TryFromBase64String(signature.Trim(), presented, out var written) || written != DigestBytes)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[DigestBytes];
        Digest(body, apiKey, expected);
        return CryptographicOperations.FixedTimeEquals(expected, presented[..DigestBytes]);
    }

    private static void Digest(JsonElement body, string apiKey, Span<byte> digest)
    {
        var canonical = new ArrayBufferWriter<byte>(1024);
        CanonicalJson.Write(body, canonical);
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(apiKey), canonical.WrittenSpan, digest);
    }
}
