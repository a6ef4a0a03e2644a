namespace AiVideo.Generation.Api.Http;

public static class ReadScopes
{
    /// <summary>
    /// Reading jobs and videos: a signed-in person, or an API key that may run generation (it follows what it started) or
    /// read media (videos are media), speaking for a company; service tokens are refused.
    /// </summary>
    public static TBuilder RequireReadScope<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy => policy
            .RequireAuthenticatedUser()
            .RequireClaim(ClaimNames.CompanyId)
            .RequireAssertion(context => context.User.HasScope(Scopes.UserSession) || context.User.HasScope(Scopes.GenerationRun)
                || context.User.HasScope(Scopes.MediaRead)));
}
