using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace AiVideo.Identity.Api.TokenServer;

/// <summary>Discovery does not list the JSON routes' internal grant type: no client may use it.</summary>
public sealed class HideFirstPartyGrant : IOpenIddictServerHandler<HandleConfigurationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<HandleConfigurationRequestContext>()
        .UseSingletonHandler<HideFirstPartyGrant>()
        .SetOrder(OpenIddictServerHandlers.Discovery.AttachGrantTypes.Descriptor.Order + 500)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(HandleConfigurationRequestContext context)
    {
        context.GrantTypes.Remove(FirstPartyRoutes.Grant);
        return ValueTask.CompletedTask;
    }
}
