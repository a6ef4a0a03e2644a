using AiVideo.ServiceDefaults.Http;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace AiVideo.ServiceDefaults.Authentication;

public static class AuthenticationExtensions
{
    /// <summary>
    /// JWT bearer validation by authority alone: identity-api's discovery document and JWKS, fetched through service
    /// discovery, RS256 <c>at+jwt</c> access tokens for the configured audience, claims kept as issued.
    /// </summary>
    public static IHostApplicationBuilder AddDefaultAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<IdentityClientOptions>().BindConfiguration(IdentityClientOptions.SectionName);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<IdentityClientOptions>, ServiceEndpointResolver>((jwt, identity, resolver) =>
            {
                jwt.MapInboundClaims = false;
                jwt.Audience = identity.Value.Audience;
                jwt.TokenValidationParameters.ValidTypes = ["at+jwt"];
                jwt.TokenValidationParameters.ValidAlgorithms = ["RS256"];
                jwt.TokenValidationParameters.NameClaimType = "name";
                jwt.TokenValidationParameters.RoleClaimType = "role";
                jwt.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
                if (identity.Value.Url is { Length: > 0 } url)
                {
                    jwt.Authority = url;
                    jwt.RequireHttpsMetadata = url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
                    jwt.BackchannelHttpHandler = new ServiceDiscoveryHandler(resolver) { InnerHandler = new SocketsHttpHandler() };
                    jwt.AutomaticRefreshInterval = identity.Value.KeysRefreshInterval;
                    jwt.RefreshInterval = identity.Value.KeysMinimumRefreshInterval;
                }
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AuthorizationPolicies.Internal, policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => context.User.HasScope(AuthorizationPolicies.InternalScope)));
        return builder;
    }
}
