using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace AiVideo.Identity.Infrastructure.TokenServer;

/// <summary>Every token response names the access token's scopes (OpenIddict names them only when they differ from the request's).</summary>
internal sealed class AlwaysReturnScope : IOpenIddictServerHandler<ProcessSignInContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
        .AddFilter<OpenIddictServerHandlerFilters.RequireAccessTokenGenerated>()
        .UseSingletonHandler<AlwaysReturnScope>()
        .SetOrder(OpenIddictServerHandlers.AttachSignInParameters.Descriptor.Order + 500)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(ProcessSignInContext context)
    {
        if (context.EndpointType is OpenIddictServerEndpointType.Token && context.AccessTokenPrincipal is { } principal && context.Response.Scope is null)
        {
            context.Response.Scope = string.Join(' ', principal.GetScopes());
        }
        return ValueTask.CompletedTask;
    }
}
