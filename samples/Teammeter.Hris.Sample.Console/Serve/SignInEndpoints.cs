using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Teammeter.Hris.Sample.Serve;

/// <summary>A small sign-in form: the right token sets the page's cookie; a wrong one gets the form again with 401.</summary>
internal static class SignInEndpoints
{
    public const string Path = "/signin";

    public static void Map(WebApplication app)
    {
        app.MapGet(Path, (RequestDelegate)(context => FormAsync(context, StatusCodes.Status200OK, error: null)));
        app.MapPost(Path, (RequestDelegate)SignInAsync);
    }

    public static ClaimsPrincipal Admin(string scheme) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, WebToken.AdminRole)], scheme));

    private static async Task SignInAsync(HttpContext context)
    {
        var services = context.RequestServices;
        if (!await services.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
        {
            await FormAsync(context, StatusCodes.Status400BadRequest, "The form expired. Please try again.");
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (!services.GetRequiredService<WebToken>().Matches(form["token"].ToString()))
        {
            await FormAsync(context, StatusCodes.Status401Unauthorized, "That is not the access token.");
            return;
        }

        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Admin(CookieAuthenticationDefaults.AuthenticationScheme));
        context.Response.Redirect(LocalOnly(form["returnUrl"].ToString()));
    }

    // Only a path on this site: a sign-in must never send the admin elsewhere.
    private static string LocalOnly(string returnUrl) =>
        returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : ReviewWebServer.PagePrefix;

    private static async Task FormAsync(HttpContext context, int status, string? error)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var returnUrl = context.Request.HasFormContentType
            ? (await context.Request.ReadFormAsync(context.RequestAborted))["returnUrl"].ToString()
            : context.Request.Query["ReturnUrl"].ToString();
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        Func<string?, string?> e = WebUtility.HtmlEncode;
        await context.Response.WriteAsync($$"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sign in · HR sync review</title></head>
            <body style="font:16px/1.5 system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem">
            <main><h1>Sign in to the HR sync review</h1>
            {{(error is null ? string.Empty : $"<p role=\"alert\" style=\"color:#a0141e\">{e(error)}</p>")}}
            <form method="post" action="{{Path}}">
            <input type="hidden" name="{{e(tokens.FormFieldName)}}" value="{{e(tokens.RequestToken)}}">
            <input type="hidden" name="returnUrl" value="{{e(returnUrl)}}">
            <p><label for="token">Access token</label><br><input id="token" name="token" type="password" autocomplete="current-password" required style="font:inherit;width:100%;padding:.4rem"></p>
            <p><button type="submit" style="font:inherit;padding:.4rem 1rem">Sign in</button></p>
            </form></main></body></html>
            """);
    }
}
