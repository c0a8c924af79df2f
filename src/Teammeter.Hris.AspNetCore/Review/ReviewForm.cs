using Microsoft.AspNetCore.Http;

namespace Teammeter.Hris.Review;

/// <summary>A decision's form: the plan that was reviewed and the operation keys (HR ids, never names) decided on.</summary>
internal sealed record ReviewForm(string PlanId, IReadOnlyList<string> Keys)
{
    /// <summary>At most this many keys per request: the page sends one, approve-all sends none.</summary>
    public const int MaxKeys = 1000;

    public static async Task<ReviewForm> ReadAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            return new ReviewForm(string.Empty, []);
        }

        // The antiforgery check has read the form already; this reuses it.
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var plan = form["plan"].ToString().Trim();
        var keys = form["key"].Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k!.Trim()).Distinct(StringComparer.Ordinal).Take(MaxKeys).ToList();
        return new ReviewForm(plan, keys);
    }
}
