using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Teammeter.Hris.Review;

/// <summary>Writes the page's HTML responses with headers fit for personal data: not cached, not framed, no scripts.</summary>
internal static class ReviewResponses
{
    public static async Task HtmlAsync(HttpContext context, int statusCode, Func<string, string> render)
    {
        // The one inline style sheet is allowed by a nonce; no script may run at all.
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var html = render(nonce);
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        var headers = response.Headers;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = $"default-src 'none'; style-src 'nonce-{nonce}'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        await response.WriteAsync(html, Encoding.UTF8, context.RequestAborted).ConfigureAwait(false);
    }

    public static Task NotFoundAsync(HttpContext context, string tenant) =>
        HtmlAsync(context, StatusCodes.Status404NotFound, nonce => ReviewPageRenderer.RenderMessage(
            nonce, "Organisation not found", $"There is no HR sync for the organisation '{tenant}'.", backLink: null));

    public static Task ErrorAsync(HttpContext context, int statusCode, string title, string message, string pagePath) =>
        HtmlAsync(context, statusCode, nonce => ReviewPageRenderer.RenderMessage(nonce, title, message, pagePath));
}
