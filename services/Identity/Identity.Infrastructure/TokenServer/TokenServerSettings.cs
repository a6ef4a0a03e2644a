using AiVideo.Identity.Infrastructure.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;

namespace AiVideo.Identity.Infrastructure.TokenServer;

/// <summary>
/// The token server's issuer and lifetimes, from <c>Identity:Issuer</c> and <c>Identity:Tokens</c>; PKCE challenges by
/// SHA-256 only (<c>plain</c> sends the verifier itself, which PKCE is there to keep secret).
/// </summary>
internal sealed class TokenServerSettings(IOptions<TokenIssuerOptions> issuer, IOptions<IdentityTokenOptions> tokens) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        options.Issuer = new Uri(issuer.Value.Issuer, UriKind.Absolute);
        options.AccessTokenLifetime = tokens.Value.AccessTokenLifetime;
        // Sliding expiration is off: every refresh token of a session expires when the session's first one does.
        options.RefreshTokenLifetime = tokens.Value.SessionLifetime;
        options.CodeChallengeMethods.Remove(OpenIddictConstants.CodeChallengeMethods.Plain);
    }
}
