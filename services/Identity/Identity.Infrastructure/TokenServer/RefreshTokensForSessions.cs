using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace AiVideo.Identity.Infrastructure.TokenServer;

/// <summary>
/// A person's session (scope <c>aivideo</c>) gets a refresh token from the token endpoint whether or not the client asked
/// for <c>offline_access</c>, as the platform's own sign-ins always did; API-key and service tokens never do.
/// </summary>
internal sealed class RefreshTokensForSessions : IOpenIddictServerHandler<ProcessSignInContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
        .UseSingletonHandler<RefreshTokensForSessions>()
        .SetOrder(OpenIddictServerHandlers.EvaluateGeneratedTokens.Descriptor.Order + 500)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(ProcessSignInContext context)
    {
        if (context.EndpointType is OpenIddictServerEndpointType.Token && context.Principal?.HasScope(Scopes.UserSession) == true)
        {
            context.GenerateRefreshToken = true;
            context.IncludeRefreshToken = true;
        }
        return ValueTask.CompletedTask;
    }
}
