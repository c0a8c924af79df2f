using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Teammeter.Hris.Apideck;

/// <summary>
/// Puts the Apideck API key and app id on each request, read from the current options, so a configuration reload
/// rotates them without a restart (docs/host-integration.md, "Rotating the API key"). The outermost handler of the
/// Apideck client: a request's retries carry the key it started with.
/// </summary>
/// <remarks>
/// Copying the key into <see cref="HttpClient.DefaultRequestHeaders"/> once, as before, pinned it for as long as the
/// client lived. A reload that leaves the options invalid (an empty key) fails the request with the validator's words
/// and <see cref="InvalidOptionsErrorCode"/>, before anything is sent: an empty bearer token would come back as a 401
/// that blames Apideck or the tenant's connection.
/// </remarks>
internal sealed class ApideckCredentialsHandler(IOptionsMonitor<PersonioSyncOptions> options) : DelegatingHandler
{
    /// <summary>The <see cref="HrisSourceException.ErrorCode"/> of a request refused because the options no longer validate.</summary>
    public const string InvalidOptionsErrorCode = "InvalidOptions";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        PersonioSyncOptions current;
        try
        {
            current = options.CurrentValue;
        }
        catch (OptionsValidationException exception)
        {
            // The validators' messages name options and limits, never the key's value.
            throw new HrisSourceException(
                $"The Apideck request {request.Method} {request.RequestUri?.AbsolutePath} was not sent: the PersonioSyncOptions are invalid since the configuration was reloaded. {string.Join(" ", exception.Failures)}",
                statusCode: null,
                errorCode: InvalidOptionsErrorCode,
                requestId: null,
                exception);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", current.ApiKey);
        request.Headers.Remove(ApideckHeaders.AppId);
        request.Headers.TryAddWithoutValidation(ApideckHeaders.AppId, current.AppId);
        return base.SendAsync(request, cancellationToken);
    }
}
