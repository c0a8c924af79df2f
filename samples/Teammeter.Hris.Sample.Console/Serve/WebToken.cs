using System.Security.Cryptography;
using System.Text;

namespace Teammeter.Hris.Sample.Serve;

/// <summary>The review page's access token, compared in constant time (hashes of equal length).</summary>
internal sealed class WebToken(string secret)
{
    public const string PolicyScheme = "review";
    public const string BearerScheme = "review-bearer";
    public const string AdminRole = "admin";

    private readonly byte[] _hash = SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(_hash, SHA256.HashData(Encoding.UTF8.GetBytes(candidate)));
}
