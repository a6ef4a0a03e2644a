using Microsoft.AspNetCore.Authorization;
using AiVideo.ServiceDefaults.Authentication;
using AiVideo.SharedKernel.Vocabulary;

namespace AiVideo.Gateway.Edge;

/// <summary>
/// The authorization a route asks for at the edge (its <c>AuthorizationPolicy</c> in the <c>ReverseProxy</c> section):
/// <c>anonymous</c>, <c>default</c> (any valid token; what a route that names none gets) or <c>generation</c>
/// (a person's session, or an API key with <c>generation:run</c>). A missing or bad token is a 401 before any service is
/// reached; the services check their own scopes again. <c>anonymous</c> and <c>default</c> are YARP's reserved names
/// (no authorization, and the application's default policy), so only the default policy is set here, never registered
/// under those names.
/// </summary>
public static class EdgePolicies
{
    public const string Anonymous = "anonymous";
    public const string Default = "default";
    public const string Generation = "generation";

    public static IServiceCollection AddEdgePolicies(this IServiceCollection services) => services.AddAuthorizationBuilder()
        .SetDefaultPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
        .AddPolicy(Generation, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.HasScope(Scopes.UserSession) || context.User.HasScope(Scopes.GenerationRun)))
        .Services;
}
