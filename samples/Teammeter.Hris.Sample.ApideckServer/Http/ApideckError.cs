using System.Text.Json;

namespace Teammeter.Hris.Sample.ApideckServer;

/// <summary>Apideck's error body: <c>{status_code, error, type_name, message, detail, ref}</c>.</summary>
internal sealed record ApideckError(int StatusCode, string TypeName, string Message, string? Detail = null)
{
    public static ApideckError Unauthorized(string detail) => new(401, "UnauthorizedError", "Unauthorized Request", detail);

    public static ApideckError Validation(string detail) => new(400, "RequestValidationError", "Invalid Params", detail);

    public void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteNumber("status_code", StatusCode);
        writer.WriteString("error", ReasonPhrase(StatusCode));
        writer.WriteString("type_name", TypeName);
        writer.WriteString("message", Message);
        if (Detail is not null)
        {
            writer.WriteString("detail", Detail);
        }

        writer.WriteString("ref", "https://developers.apideck.com/errors#" + TypeName.ToLowerInvariant());
        writer.WriteEndObject();
    }

    private static string ReasonPhrase(int statusCode) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(statusCode) is { Length: > 0 } phrase ? phrase : "Error";
}
