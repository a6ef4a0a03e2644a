using AiVideo.Identity.Api.Endpoints;
using AiVideo.Identity.Api.TokenServer;

namespace AiVideo.Identity.Api;

public static class IdentityApiExtensions
{
    /// <summary>
    /// The user-session policy; the JSON sign-in routes as token requests to the token server; the sign-in page's cookie
    /// and antiforgery.
    /// </summary>
    public static IHostApplicationBuilder AddIdentityApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(IdentityPolicies.UserSession, policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => context.User.IsUserSession()))
            .AddPolicy(IdentityPolicies.SigningKeys, policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => ServiceDefaults.Authentication.AuthorizationPolicies.HasScope(context.User, Scopes.SigningKeys)));
        builder.Services.AddOpenIddict().AddServer(server =>
        {
            server.AllowCustomFlow(FirstPartyRoutes.Grant);
            server.AddEventHandler(FirstPartyRouteDetection.Descriptor);
            server.AddEventHandler(FirstPartyRequestReader.Descriptor);
            server.AddEventHandler(FirstPartyResponseWriter.Descriptor);
            server.AddEventHandler(HideFirstPartyGrant.Descriptor);
        });
        builder.Services.AddAuthentication().AddCookie(AuthorizationEndpoints.SignInScheme, cookie =>
        {
            cookie.LoginPath = AuthorizationEndpoints.SignInPath;
            cookie.Cookie.Name = "aivideo.identity.signin";
            cookie.Cookie.Path = "/connect";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = false;
        });
        builder.Services.AddAntiforgery(antiforgery => antiforgery.Cookie.Path = "/connect");
        return builder;
    }

    /// <summary>Body limit, authentication (the token server first), authorization and antiforgery, in that order.</summary>
    public static WebApplication UseIdentityApi(this WebApplication app)
    {
        app.UseRequestBodyLimit();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static IEndpointRouteBuilder MapIdentityApi(this IEndpointRouteBuilder app)
    {
        app.MapTokenEndpoint();
        app.MapAuthorizationEndpoints();
        app.MapAuthApi();
        app.MapUsersApi();
        app.MapCompaniesApi();
        app.MapInvitationsApi();
        app.MapApiKeysApi();
        app.MapInternalApi();
        return app;
    }
}
