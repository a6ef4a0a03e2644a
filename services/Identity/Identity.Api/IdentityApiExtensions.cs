using AiVideo.Identity.Api.Endpoints;

namespace AiVideo.Identity.Api;

public static class IdentityApiExtensions
{
    /// <summary>The user-session policy.</summary>
    public static IHostApplicationBuilder AddIdentityApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder().AddPolicy(IdentityPolicies.UserSession, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.IsUserSession()));
        return builder;
    }

    public static IEndpointRouteBuilder MapIdentityApi(this IEndpointRouteBuilder app)
    {
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
