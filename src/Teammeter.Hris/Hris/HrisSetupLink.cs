namespace Teammeter.Hris;

/// <summary>A secure, short-lived link to the setup page where an admin connects the HR system.</summary>
/// <param name="Url">The link. It carries a session token: treat it like a password and never log it.</param>
/// <param name="ExpiresAt">
/// When the link stops working, estimated from the read time and Apideck's documented session lifetime (one hour).
/// </param>
public sealed record HrisSetupLink(Uri Url, DateTimeOffset ExpiresAt)
{
    /// <inheritdoc />
    public override string ToString() => $"HrisSetupLink {{ Url = ***, ExpiresAt = {ExpiresAt:O} }}";
}
