using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace AiVideo.Identity.Api.TokenServer;

/// <summary>Makes the token server treat the JSON routes that hand out tokens as token endpoint requests.</summary>
public sealed class FirstPartyRouteDetection : IOpenIddictServerHandler<ProcessRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessRequestContext>()
        .UseSingletonHandler<FirstPartyRouteDetection>()
        .SetOrder(OpenIddictServerHandlers.InferEndpointType.Descriptor.Order + 500)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(ProcessRequestContext context)
    {
        if (context.EndpointType is OpenIddictServerEndpointType.Unknown
            && context.Transaction.GetHttpRequest() is { } request && FirstPartyRoutes.Matches(request))
        {
            context.EndpointType = OpenIddictServerEndpointType.Token;
            context.Transaction.Properties[FirstPartyRoutes.TransactionProperty] = true;
        }
        return ValueTask.CompletedTask;
    }
}
