using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Teammeter.Hris.Review;

/// <summary>
/// The review page's handlers. Every POST checks the antiforgery token first and the tenant second, and answers
/// with a redirect to the page (so a reload never repeats a decision) whose query carries counts only, never names.
/// </summary>
internal static partial class ReviewEndpoints
{
    public const string Approve = "approve";
    public const string ApproveAll = "approve-all";
    public const string Reject = "reject";
    public const string Release = "release";

    public static async Task PageAsync(HttpContext context)
    {
        var tenant = TenantOf(context);
        var services = context.RequestServices;
        var data = await ReviewPageData.LoadAsync(services, tenant, context.RequestAborted).ConfigureAwait(false);
        if (data is null)
        {
            await ReviewResponses.NotFoundAsync(context, tenant).ConfigureAwait(false);
            return;
        }

        var tokens = services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var page = new ReviewPageView(data, PagePath(context, suffix: null), tokens, ReviewNotice.FromQuery(context.Request.Query), PageNumber(context));
        await ReviewResponses.HtmlAsync(context, StatusCodes.Status200OK, nonce => ReviewPageRenderer.Render(page, nonce)).ConfigureAwait(false);
    }

    public static Task ApproveAsync(HttpContext context) =>
        DecideAsync(context, Approve, async (sync, tenant, form, ct) =>
        {
            var keys = form.Keys;
            if (keys.Count == 0)
            {
                return ReviewOutcome.Bad("Name the held operation to approve (the form field 'key').");
            }

            var result = await sync.ApproveAsync(tenant, form.PlanId, keys, ct).ConfigureAwait(false);
            return ReviewOutcome.Done(ReviewNotice.Of(Approve, result));
        });

    public static Task ApproveAllAsync(HttpContext context) =>
        DecideAsync(context, ApproveAll, async (sync, tenant, form, ct) =>
        {
            // Null means every pending operation of the reviewed plan: the plan id binds it to what the page showed.
            var result = await sync.ApproveAsync(tenant, form.PlanId, null, ct).ConfigureAwait(false);
            return ReviewOutcome.Done(ReviewNotice.Of(Approve, result));
        });

    public static Task RejectAsync(HttpContext context) =>
        DecideAsync(context, Reject, async (sync, tenant, form, ct) =>
        {
            var keys = form.Keys;
            if (keys.Count == 0)
            {
                return ReviewOutcome.Bad("Name the held operation to reject (the form field 'key').");
            }

            var result = await sync.RejectAsync(tenant, form.PlanId, keys, ct).ConfigureAwait(false);
            return ReviewOutcome.Done(ReviewNotice.Of(Reject, result));
        });

    public static Task ReleaseAsync(HttpContext context) =>
        DecideAsync(context, Release, async (sync, tenant, _, ct) =>
        {
            var report = await sync.ReleaseInvitationsAsync(tenant, ct).ConfigureAwait(false);
            return ReviewOutcome.Done(ReviewNotice.Released(report.InvitationsSent));
        }, needsPlan: false);

    private static async Task DecideAsync(
        HttpContext context,
        string action,
        Func<IPersonioSync, string, ReviewForm, CancellationToken, Task<ReviewOutcome>> decide,
        bool needsPlan = true)
    {
        var tenant = TenantOf(context);
        var services = context.RequestServices;
        var logger = Logger(services);
        if (!await services.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context).ConfigureAwait(false))
        {
            LogForgeryRejected(logger, tenant, action);
            await ReviewResponses.ErrorAsync(context, StatusCodes.Status400BadRequest, "The form is no longer valid",
                "The form expired or did not come from this page. Nothing was changed. Open the review page again and repeat your decision.", PagePath(context, action)).ConfigureAwait(false);
            return;
        }

        if (!await ReviewPageData.IsKnownAsync(services, tenant, context.RequestAborted).ConfigureAwait(false))
        {
            await ReviewResponses.NotFoundAsync(context, tenant).ConfigureAwait(false);
            return;
        }

        var form = await ReviewForm.ReadAsync(context).ConfigureAwait(false);
        if (needsPlan && form.PlanId.Length == 0)
        {
            await BadRequestAsync(context, logger, tenant, action, "Name the plan that was reviewed (the form field 'plan').").ConfigureAwait(false);
            return;
        }

        var sync = services.GetRequiredService<IPersonioSync>();
        ReviewOutcome outcome;
        try
        {
            outcome = await decide(sync, tenant, form, context.RequestAborted).ConfigureAwait(false);
        }
        catch (SyncReviewException exception)
        {
            // Someone decided in another tab, or a newer plan replaced this one: show why, change nothing.
            LogDecisionRefused(logger, tenant, action, exception.ErrorCode);
            await ReviewResponses.ErrorAsync(context, StatusCodes.Status409Conflict, "This decision cannot be made",
                exception.Message + " Nothing was changed. Open the review page again to see where things stand.", PagePath(context, action)).ConfigureAwait(false);
            return;
        }
        catch (HrisSourceException exception)
        {
            LogDecisionFailed(logger, tenant, action, exception.GetType().Name);
            await ReviewResponses.ErrorAsync(context, StatusCodes.Status503ServiceUnavailable, "HR could not be read",
                "The HR system could not be read completely, so nothing was changed. Try again in a few minutes.", PagePath(context, action)).ConfigureAwait(false);
            return;
        }
        catch (SyncApplyException exception)
        {
            LogDecisionFailed(logger, tenant, action, exception.InnerException?.GetType().Name ?? exception.GetType().Name);
            await ReviewResponses.ErrorAsync(context, StatusCodes.Status500InternalServerError, "Applying stopped part-way",
                $"{exception.Report.AppliedOperations} change(s) were applied before an error stopped the rest. Running the sync again finishes the job; nothing is applied twice.", PagePath(context, action)).ConfigureAwait(false);
            return;
        }

        if (outcome.Problem is { } problem)
        {
            await BadRequestAsync(context, logger, tenant, action, problem).ConfigureAwait(false);
            return;
        }

        LogDecided(logger, tenant, action, form.PlanId, outcome.Notice!.Count);
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = PagePath(context, action) + outcome.Notice.ToQuery();
    }

    private static async Task BadRequestAsync(HttpContext context, ILogger logger, string tenant, string action, string problem)
    {
        LogBadRequest(logger, tenant, action);
        await ReviewResponses.ErrorAsync(context, StatusCodes.Status400BadRequest, "The request is incomplete", problem + " Nothing was changed.", PagePath(context, action)).ConfigureAwait(false);
    }

    private static string TenantOf(HttpContext context) => (string)context.Request.RouteValues["tenant"]!;

    /// <summary>The page's own address (escaped), from the request: the host's path base and prefix stay as they are.</summary>
    private static string PagePath(HttpContext context, string? suffix)
    {
        var path = (context.Request.PathBase + context.Request.Path).ToUriComponent().TrimEnd('/');
        return suffix is not null && path.EndsWith("/" + suffix, StringComparison.Ordinal) ? path[..^(suffix.Length + 1)] : path;
    }

    private static int PageNumber(HttpContext context) =>
        int.TryParse(context.Request.Query["page"], out var page) && page > 0 ? page : 1;

    private static ILogger Logger(IServiceProvider services) =>
        services.GetRequiredService<ILoggerFactory>().CreateLogger("Teammeter.Hris.Review");
}
