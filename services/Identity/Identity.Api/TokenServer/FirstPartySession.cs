using AiVideo.Identity.Application.Abstractions;
using OpenIddict.Server.AspNetCore;

namespace AiVideo.Identity.Api.TokenServer;

/// <summary>A session a JSON route has the token server issue tokens for: who it is for, and the answer's status.</summary>
public sealed record FirstPartySession(UserView User, int StatusCode)
{
    /// <summary>Has the token server issue the grant's tokens; <see cref="FirstPartyResponseWriter"/> answers with them and the user.</summary>
    public static IResult Issue(HttpContext http, SessionGrant grant, int statusCode = StatusCodes.Status200OK)
    {
        http.Items[typeof(FirstPartySession)] = new FirstPartySession(grant.User, statusCode);
        return Results.SignIn(TokenPrincipal.From(grant.Claims), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public static FirstPartySession? Of(HttpContext http) => http.Items.TryGetValue(typeof(FirstPartySession), out var session) ? session as FirstPartySession : null;
}
