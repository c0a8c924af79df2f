using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Teammeter.Hris.Review;

namespace Teammeter.Hris;

/// <summary>Maps the review page, where a tenant's admin or coach decides on what the sync holds, into the host's app.</summary>
public static class ReviewEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the review page and its forms under <paramref name="prefix"/>: <c>GET {prefix}/{tenant}</c> shows the
    /// connection, the latest plan, the held operations, the release of invitations and the run history;
    /// <c>POST {prefix}/{tenant}/approve</c>, <c>/approve-all</c>, <c>/reject</c> and <c>/release</c> act on them.
    /// Every POST must carry an antiforgery token (the page's forms do); one without gets 400 and changes nothing.
    /// </summary>
    /// <remarks>
    /// The endpoints do not decide who may see a tenant: call <c>RequireAuthorization(policy)</c> on the returned group
    /// with a policy that admits only that tenant's admins and coaches. Needs <c>services.AddPersonioSync(...)</c> and
    /// <c>services.AddAntiforgery()</c>. A tenant is unknown (404) when the host's <see cref="ISyncTenantProvider"/>
    /// does not know it or, without a provider, when it has neither a stored plan nor a run.
    /// </remarks>
    /// <param name="endpoints">The app or a route group.</param>
    /// <param name="prefix">The path the page lives under, for example <c>/hris</c>.</param>
    /// <returns>The route group, for <c>RequireAuthorization</c> and other conventions.</returns>
    /// <exception cref="InvalidOperationException">The sync or antiforgery is not registered.</exception>
    public static RouteGroupBuilder MapPersonioSyncReview(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string prefix)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);

        // Fail at startup, naming the fix, rather than on the first request.
        if (endpoints.ServiceProvider.GetService<IPersonioSync>() is null)
        {
            throw new InvalidOperationException("MapPersonioSyncReview needs the sync: call services.AddPersonioSync(...) first.");
        }

        if (endpoints.ServiceProvider.GetService<IAntiforgery>() is null)
        {
            throw new InvalidOperationException("MapPersonioSyncReview protects its forms against cross-site request forgery: call services.AddAntiforgery().");
        }

        var group = endpoints.MapGroup(prefix);

        // Plain RequestDelegates: no reflection-based parameter binding, so the package stays trimming- and AOT-safe.
        group.MapGet("/{tenant}", (RequestDelegate)ReviewEndpoints.PageAsync).WithDisplayName("Teammeter.Hris review page");
        group.MapPost("/{tenant}/" + ReviewEndpoints.Approve, (RequestDelegate)ReviewEndpoints.ApproveAsync).WithDisplayName("Teammeter.Hris review: approve");
        group.MapPost("/{tenant}/" + ReviewEndpoints.ApproveAll, (RequestDelegate)ReviewEndpoints.ApproveAllAsync).WithDisplayName("Teammeter.Hris review: approve all");
        group.MapPost("/{tenant}/" + ReviewEndpoints.Reject, (RequestDelegate)ReviewEndpoints.RejectAsync).WithDisplayName("Teammeter.Hris review: reject");
        group.MapPost("/{tenant}/" + ReviewEndpoints.Release, (RequestDelegate)ReviewEndpoints.ReleaseAsync).WithDisplayName("Teammeter.Hris review: release invitations");
        return group;
    }
}
