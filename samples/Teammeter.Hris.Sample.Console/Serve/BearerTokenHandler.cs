using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Teammeter.Hris.Sample.Serve;

/// <summary><c>Authorization: Bearer &lt;--web-token&gt;</c> is the admin; anything else is nobody (401).</summary>
internal sealed class BearerTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, WebToken token)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        return Task.FromResult(token.Matches(header["Bearer ".Length..].Trim())
            ? AuthenticateResult.Success(new AuthenticationTicket(SignInEndpoints.Admin(WebToken.BearerScheme), WebToken.BearerScheme))
            : AuthenticateResult.Fail("The bearer token is not the review page's token."));
    }
}
