using System.Net;
using System.Text.Json;
using Teammeter.Hris.Apideck.Dtos;

namespace Teammeter.Hris.Apideck;

/// <summary>Turns an unsuccessful Apideck response into the typed exception a caller can branch on.</summary>
internal static class ApideckErrors
{
    private const int MaxQuotedMessageLength = 200;

    /// <summary>Reads the error body (JSON when Apideck sent it, anything else tolerated) and builds the exception.</summary>
    public static async Task<HrisSourceException> FromResponseAsync(
        HttpResponseMessage response,
        string operation,
        string serviceId,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var error = await TryReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
        var requestId = RequestIdOf(response);
        var retryAfter = ApideckRetryHint.From(response, now);
        return Create((int)response.StatusCode, error?.TypeName, error?.Message, requestId, operation, serviceId, retryAfter);
    }

    /// <summary>Builds the exception for a status and Apideck <c>type_name</c>; pure, so every mapping is testable.</summary>
    public static HrisSourceException Create(
        int statusCode,
        string? typeName,
        string? apideckMessage,
        string? requestId,
        string operation,
        string serviceId,
        TimeSpan? retryAfter)
    {
        var suffix = Suffix(statusCode, typeName, apideckMessage, requestId);
        switch (typeName)
        {
            case "ConnectionNotFoundError":
                return new HrisConnectionException(
                    $"This organisation has not connected {DisplayName(serviceId)} yet, or its connection was removed: send its HR admin the setup link. {suffix}",
                    statusCode, typeName, requestId);
            case "ConnectorCredentialsError":
                return new HrisConnectionException(
                    $"The organisation's {serviceId} credentials were rejected or have not been authorised: its HR admin must re-enter them through the setup link. {suffix}",
                    statusCode, typeName, requestId);
            case "ConnectorDisabledError":
                return new HrisConnectionException(
                    $"The organisation's {serviceId} connection is switched off in Apideck Vault: its HR admin must switch it on through the setup link. {suffix}",
                    statusCode, typeName, requestId);
            case "IntegrationNotFoundError":
            case "ConnectorNotFoundError":
                return new HrisSourceException(
                    $"The connector '{serviceId}' is not enabled for the configured Apideck application: check PersonioSyncOptions.ServiceId and the application's integrations. {suffix}",
                    statusCode, typeName, requestId);
            default:
                break;
        }

        return (HttpStatusCode)statusCode switch
        {
            HttpStatusCode.Unauthorized => new HrisConnectionException(
                $"Apideck rejected the credentials of {operation}: check the Apideck API key and app id (PersonioSyncOptions.ApiKey, AppId). {suffix}",
                statusCode, typeName, requestId),
            HttpStatusCode.PaymentRequired => new HrisSourceException(
                $"Apideck refused {operation} because the Apideck subscription's request limit is reached or its billing details are incomplete. {suffix}",
                statusCode, typeName, requestId),
            HttpStatusCode.Forbidden => new HrisConnectionException(
                $"Access was denied for {operation}: the organisation's {serviceId} API credential may lack read access to employees and org units. {suffix}",
                statusCode, typeName, requestId),
            HttpStatusCode.NotFound => new HrisSourceException(
                $"Apideck found nothing for {operation}. {suffix}",
                statusCode, typeName, requestId),
            HttpStatusCode.UnprocessableEntity => new HrisSourceException(
                $"Apideck could not process {operation}. {suffix}",
                statusCode, typeName, requestId),
            HttpStatusCode.BadRequest => new HrisSourceException(
                $"Apideck rejected {operation} as invalid. {suffix}",
                statusCode, typeName, requestId),
            HttpStatusCode.NotImplemented => new HrisSourceException(
                $"The connector '{serviceId}' does not support {operation}; this is a configuration error, not a transient one (for Personio, turn PersonioSyncOptions.ReadDepartmentsEndpoint off: departments come from the employee records). {suffix}",
                statusCode, typeName, requestId),
            HttpStatusCode.TooManyRequests => new HrisRateLimitException(
                $"Apideck kept throttling {operation} beyond the retry budget (PersonioSyncOptions.RequestTimeout); try again later. {suffix}",
                statusCode, typeName, requestId, retryAfter),
            _ when statusCode >= 500 => new HrisSourceException(
                $"Apideck failed {operation} with a server error, also after retries. {suffix}",
                statusCode, typeName, requestId),
            _ => new HrisSourceException(
                $"Apideck answered {operation} with an unexpected status. {suffix}",
                statusCode, typeName, requestId),
        };
    }

    // Messages about the default connector read naturally; other connectors keep their Apideck id.
    private static string DisplayName(string serviceId) =>
        string.Equals(serviceId, "personio", StringComparison.OrdinalIgnoreCase) ? "Personio" : serviceId;

    public static string? RequestIdOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(ApideckHeaders.RequestId, out var values) ? values.FirstOrDefault() : null;

    private static string Suffix(int statusCode, string? typeName, string? apideckMessage, string? requestId)
    {
        var text = typeName is null ? $"(HTTP {statusCode}" : $"(HTTP {statusCode} {typeName}";
        if (requestId is not null)
        {
            text += $", Apideck request id {requestId}";
        }

        text += ")";
        if (!string.IsNullOrWhiteSpace(apideckMessage))
        {
            var quoted = apideckMessage.Length > MaxQuotedMessageLength ? apideckMessage[..MaxQuotedMessageLength] + "…" : apideckMessage;
            text += $" Apideck says: \"{quoted}\"";
        }

        return text;
    }

    private static async Task<ErrorDto?> TryReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!ApideckContent.IsJson(response.Content.Headers.ContentType?.MediaType))
        {
            // HTML from a proxy or a plain-text gateway error: the status code alone has to do.
            return null;
        }

        try
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return JsonSerializer.Deserialize(body, ApideckJsonContext.Default.ErrorDto);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
