namespace Teammeter.Hris.Apideck;

/// <summary>Content-type checks for Apideck responses.</summary>
internal static class ApideckContent
{
    /// <summary><c>application/json</c> or any <c>+json</c> media type.</summary>
    public static bool IsJson(string? mediaType) =>
        mediaType is not null
        && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}
