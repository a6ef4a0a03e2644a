using AiVideo.SharedKernel.Vocabulary;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace AiVideo.ServiceDefaults.Authentication;

public static class AuthenticationExtensions
{
    /// <summary>The HttpClient JwtBearer reads identity-api's discovery document and keys with (service discovery, resilience).</summary>
    public const string DiscoveryHttpClientName = "identity-discovery";

    /// <summary>
    /// JWT bearer validation by authority alone: identity-api's discovery document and JWKS, fetched through service
    /// discovery from <c>Identity:Url</c> (the document names the public issuer's addresses; see
    /// <see cref="AuthorityDocumentRetriever"/>), RS256 <c>at+jwt</c> access tokens for the configured audience, claims kept as issued;
    /// a token found valid is remembered for a while (<see cref="ValidatedTokenCache"/>).
    /// </summary>
    public static IHostApplicationBuilder AddDefaultAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<IdentityClientOptions>().BindConfiguration(IdentityClientOptions.SectionName);
        builder.Services.AddHttpClient(DiscoveryHttpClientName);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ValidatedTokenCache>();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<IdentityClientOptions>, IHttpClientFactory, ValidatedTokenCache>((jwt, identity, httpClients, validatedTokens) =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenHandlers.Clear();
                jwt.TokenHandlers.Add(validatedTokens);
                jwt.Audience = identity.Value.Audience;
                jwt.TokenValidationParameters.ValidTypes = ["at+jwt"];
                jwt.TokenValidationParameters.ValidAlgorithms = ["RS256"];
                jwt.TokenValidationParameters.NameClaimType = ClaimNames.Name;
                jwt.TokenValidationParameters.RoleClaimType = ClaimNames.Role;
                jwt.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
                if (identity.Value.Url is { Length: > 0 } url)
                {
                    jwt.Authority = url;
                    jwt.RequireHttpsMetadata = url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
                    jwt.Backchannel = httpClients.CreateClient(DiscoveryHttpClientName);
                    jwt.AutomaticRefreshInterval = identity.Value.KeysRefreshInterval;
                    jwt.RefreshInterval = identity.Value.KeysMinimumRefreshInterval;
                    jwt.MetadataAddress = url.TrimEnd('/') + "/.well-known/openid-configuration";
                    jwt.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(jwt.MetadataAddress,
                        new OpenIdConnectConfigurationRetriever(), new AuthorityDocumentRetriever(url, jwt.Backchannel, jwt.RequireHttpsMetadata))
                    {
                        AutomaticRefreshInterval = jwt.AutomaticRefreshInterval,
                        RefreshInterval = jwt.RefreshInterval,
                    };
                }
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AuthorizationPolicies.Internal, policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => context.User.HasScope(Scopes.Internal)));
        return builder;
    }
}
