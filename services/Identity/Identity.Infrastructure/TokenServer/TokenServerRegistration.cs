using AiVideo.Identity.Infrastructure.Maintenance;
using AiVideo.Identity.Infrastructure.Tokens;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Server.OpenIddictServerEvents;
using Oidc = OpenIddict.Abstractions.OpenIddictConstants;

namespace AiVideo.Identity.Infrastructure.TokenServer;

/// <summary>
/// identity-api's OAuth 2.0 / OpenID Connect server on OpenIddict: stores in identitydb, the token endpoint (password,
/// refresh_token, client_credentials, the API-key grant, authorization_code with PKCE) and the authorization endpoint
/// handled by the service's own endpoints (passthrough), discovery and JWKS at the usual paths, RS256 <c>at+jwt</c>
/// access tokens, one-time refresh tokens stored as hashes with a fixed 30-day session lifetime.
/// </summary>
internal static class TokenServerRegistration
{
    public const string TokenEndpoint = "connect/token";
    public const string AuthorizationEndpoint = "connect/authorize";

    public static IHostApplicationBuilder AddTokenServer(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityContext>().ReplaceDefaultEntities<Guid>())
            .AddServer(server =>
            {
                server.SetTokenEndpointUris(TokenEndpoint)
                    .SetAuthorizationEndpointUris(AuthorizationEndpoint)
                    .SetConfigurationEndpointUris(".well-known/openid-configuration")
                    .SetJsonWebKeySetEndpointUris(".well-known/jwks.json");
                server.AllowPasswordFlow()
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange()
                    .AllowCustomFlow(GrantTypes.ApiKey);
                // The platform's own sign-ins (the JSON routes, the password grant) name no client.
                server.AcceptAnonymousClients();
                server.RegisterScopes([Scopes.UserSession, Scopes.Internal, Scopes.SigningKeys, Oidc.Scopes.OpenId, Oidc.Scopes.OfflineAccess, .. Scopes.ApiKeyScopes]);
                server.DisableAccessTokenEncryption()
                    .UseReferenceRefreshTokens()
                    .DisableSlidingRefreshTokenExpiration()
                    .SetRefreshTokenReuseLeeway(null);
                server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    // TLS ends at the gateway (or the ingress); identity-api itself is reached over plain HTTP inside the platform.
                    .DisableTransportSecurityRequirement();

                server.RemoveEventHandler(OpenIddictServerAspNetCoreHandlers.ExtractPostRequest<ExtractTokenRequestContext>.Descriptor);
                server.AddEventHandler(FormTokenRequestReader.Descriptor);
                server.AddEventHandler(UnreadableAuthorizationForm.Descriptor);
                server.AddEventHandler(ParametersWithoutNul<ExtractTokenRequestContext>.Descriptor);
                server.AddEventHandler(ParametersWithoutNul<ExtractAuthorizationRequestContext>.Descriptor);
                server.AddEventHandler(EndSessionOnTokenReuse.Descriptor);
                server.AddEventHandler(RefreshTokensForSessions.Descriptor);
                server.AddEventHandler(AccessTokenConventions.Descriptor);
                server.AddEventHandler(ExactIssuerInTokens.Descriptor);
                server.AddEventHandler(ExactIssuerInAuthorizationResponse.Descriptor);
                server.AddEventHandler(AlwaysReturnScope.Descriptor);
                server.AddEventHandler(ExpiresInIsTheLifetime.Descriptor);
                server.AddEventHandler(SignWithCurrentKey.Descriptor);
                server.AddEventHandler(IssuerBasedDiscovery.Descriptor);
                server.AddEventHandler(ExactIssuerInDiscovery.Descriptor);
            });

        builder.Services.AddSingleton<DerivedKeys>();
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, TokenServerSettings>();
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, TokenServerKeys>();
        builder.Services.AddSingleton<IOptionsChangeTokenSource<OpenIddictServerOptions>, SigningKeysChangeTokenSource>();
        builder.Services.AddHostedService<ClientRegistrations>();
        builder.Services.AddHostedService<IdentitySweeper>();
        return builder;
    }
}
