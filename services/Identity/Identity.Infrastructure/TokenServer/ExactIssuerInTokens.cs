using AiVideo.Identity.Infrastructure.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace AiVideo.Identity.Infrastructure.TokenServer;

/// <summary>
/// Access and ID tokens name the issuer exactly as configured, as discovery does (OpenIddict would write the issuer's
/// absolute URI, with a trailing slash after a bare origin, and validators compare issuers as strings). The tokens only
/// identity-api reads back (refresh tokens, codes) keep OpenIddict's form, which is what it checks them against.
/// </summary>
internal sealed class ExactIssuerInTokens(IOptions<TokenIssuerOptions> issuer) : IOpenIddictServerHandler<ProcessSignInContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
        .UseSingletonHandler<ExactIssuerInTokens>()
        .SetOrder(OpenIddictServerHandlers.PrepareIdentityTokenPrincipal.Descriptor.Order + 500)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(ProcessSignInContext context)
    {
        context.AccessTokenPrincipal?.SetClaim(OpenIddictConstants.Claims.Private.Issuer, issuer.Value.Issuer);
        context.IdentityTokenPrincipal?.SetClaim(OpenIddictConstants.Claims.Private.Issuer, issuer.Value.Issuer);
        return ValueTask.CompletedTask;
    }
}
