using AiVideo.Identity.Api.Endpoints;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace AiVideo.Identity.Api;

public static class IdentityApiExtensions
{
    /// <summary>Local token validation and the user-session policy.</summary>
    public static IHostApplicationBuilder AddIdentityApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>, LocalTokenValidation>();
        builder.Services.AddAuthorizationBuilder().AddPolicy(IdentityPolicies.UserSession, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.IsUserSession()));
        return builder;
    }

    public static IEndpointRouteBuilder MapIdentityApi(this IEndpointRouteBuilder app)
    {
        app.MapDiscoveryEndpoints();
        app.MapTokenEndpoint();
        app.MapAuthApi();
        app.MapUsersApi();
        app.MapCompaniesApi();
        app.MapInvitationsApi();
        app.MapApiKeysApi();
        app.MapInternalApi();
        return app;
    }
}
