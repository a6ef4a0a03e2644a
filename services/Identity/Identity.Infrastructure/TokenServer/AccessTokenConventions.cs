using System.Security.Claims;
using AiVideo.Identity.Infrastructure.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace AiVideo.Identity.Infrastructure.TokenServer;

/// <summary>
/// Keeps access tokens as every service knows them: the configured audience (<c>Identity:Audience</c>, what every
/// service validates), <c>client_id</c> <c>aivideo</c> for the platform's own sign-ins (which name no client), and the
/// session id (<c>sid</c>) of tokens that belong to a session. The issuer is <see cref="ExactIssuerInTokens"/>'s.
/// </summary>
internal sealed class AccessTokenConventions(IOptions<TokenIssuerOptions> issuer) : IOpenIddictServerHandler<ProcessSignInContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
        .AddFilter<OpenIddictServerHandlerFilters.RequireAccessTokenGenerated>()
        .UseSingletonHandler<AccessTokenConventions>()
        .SetOrder(OpenIddictServerHandlers.PrepareAccessTokenPrincipal.Descriptor.Order + 500)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(ProcessSignInContext context)
    {
        var principal = context.AccessTokenPrincipal ?? throw new InvalidOperationException("No access token principal was prepared.");
        principal.SetAudiences(issuer.Value.Audience);
        if (string.IsNullOrEmpty(principal.GetClaim(ClaimNames.ClientId)))
        {
            principal.SetClaim(ClaimNames.ClientId, ClientIds.FirstParty);
        }
        if (principal.GetAuthorizationId() is { Length: > 0 } session && principal.HasScope(Scopes.UserSession)
            && string.IsNullOrEmpty(principal.GetClaim(ClaimNames.SessionId)))
        {
            principal.SetClaim(ClaimNames.SessionId, session);
        }
        return ValueTask.CompletedTask;
    }
}
