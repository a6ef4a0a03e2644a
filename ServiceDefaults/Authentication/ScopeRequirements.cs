using AiVideo.SharedKernel.Vocabulary;

namespace AiVideo.ServiceDefaults.Authentication;

public static class ScopeRequirements
{
    /// <summary>
    /// The endpoint takes a signed-in person (scope <c>aivideo</c>) or a token carrying <paramref name="scope"/> (an API
    /// key's), speaking for a company; service tokens and tokens without a company are refused.
    /// </summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy => policy
            .RequireAuthenticatedUser()
            .RequireClaim(ClaimNames.CompanyId)
            .RequireAssertion(context => context.User.HasScope(Scopes.UserSession) || context.User.HasScope(scope)));
}
