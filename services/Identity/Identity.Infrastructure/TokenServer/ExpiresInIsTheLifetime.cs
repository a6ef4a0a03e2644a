using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace AiVideo.Identity.Infrastructure.TokenServer;

/// <summary>
/// A token response's <c>expires_in</c> is the access token's lifetime (900 for a session, 300 for an API key), as the
/// hand-written issuer answered: OpenIddict counts the seconds left when the answer is written, which is one less when
/// issuing took more than half a second (a busy database), and callers such as the gateway cache by this number.
/// </summary>
internal sealed class ExpiresInIsTheLifetime : IOpenIddictServerHandler<ProcessSignInContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
        .AddFilter<OpenIddictServerHandlerFilters.RequireAccessTokenGenerated>()
        .UseSingletonHandler<ExpiresInIsTheLifetime>()
        .SetOrder(OpenIddictServerHandlers.AttachSignInParameters.Descriptor.Order + 600)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(ProcessSignInContext context)
    {
        if (context.Response.ExpiresIn is not null && context.AccessTokenPrincipal is { } principal
            && principal.GetCreationDate() is { } issuedAt && principal.GetExpirationDate() is { } expiresAt)
        {
            context.Response.ExpiresIn = (long)Math.Round((expiresAt - issuedAt).TotalSeconds);
        }
        return ValueTask.CompletedTask;
    }
}
