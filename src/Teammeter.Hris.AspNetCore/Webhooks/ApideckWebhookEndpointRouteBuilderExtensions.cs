using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Teammeter.Hris.Webhooks;

namespace Teammeter.Hris;

/// <summary>Maps the Apideck webhook endpoint into the host's app.</summary>
public static class ApideckWebhookEndpointRouteBuilderExtensions
{
    /// <summary>The path Teammeter registers with Apideck by default.</summary>
    public const string DefaultPattern = "/hris/webhooks/apideck";

    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c>, the delivery URL to register with Apideck. It verifies
    /// <c>x-apideck-signature</c> (HMAC-SHA256 with the API key) and answers at once; the events are handled in the
    /// background. The endpoint allows anonymous requests, because the signature is its authentication.
    /// </summary>
    /// <param name="endpoints">The app or a route group.</param>
    /// <param name="pattern">The route, for example <see cref="DefaultPattern"/>.</param>
    /// <returns>The endpoint's builder (for example to add rate limiting or a host filter).</returns>
    /// <exception cref="InvalidOperationException"><c>AddApideckWebhooks</c> was not called.</exception>
    public static IEndpointConventionBuilder MapApideckWebhooks(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapApideckWebhooks(endpoints.ServiceProvider, pattern);
    }

    /// <summary>
    /// Maps the delivery URL like <see cref="MapApideckWebhooks(IEndpointRouteBuilder, string)"/>, for a web app whose
    /// sync runs in another container: <paramref name="syncServices"/> is the provider where
    /// <c>AddPersonioSync(...).AddApideckWebhooks()</c> was called (and whose host runs the background worker).
    /// </summary>
    /// <param name="endpoints">The app or a route group.</param>
    /// <param name="syncServices">The services of the host that runs the sync.</param>
    /// <param name="pattern">The route, for example <see cref="DefaultPattern"/>.</param>
    /// <returns>The endpoint's builder.</returns>
    /// <exception cref="InvalidOperationException"><c>AddApideckWebhooks</c> was not called on <paramref name="syncServices"/>.</exception>
    public static IEndpointConventionBuilder MapApideckWebhooks(this IEndpointRouteBuilder endpoints, IServiceProvider syncServices, [StringSyntax("Route")] string pattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(syncServices);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var receiver = syncServices.GetService<ApideckWebhookReceiver>()
            ?? throw new InvalidOperationException("MapApideckWebhooks needs the receiver's services: call services.AddPersonioSync(...).AddApideckWebhooks() first.");
        return endpoints.MapPost(pattern, receiver.HandleAsync)
            .AllowAnonymous()
            .WithDisplayName("Apideck webhooks");
    }
}
