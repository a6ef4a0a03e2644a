using AiVideo.Identity.Infrastructure.Tokens;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace AiVideo.Identity.Infrastructure.TokenServer;

/// <summary>
/// Builds the discovery document's addresses from the configured issuer only, whatever <c>Host</c>,
/// <c>X-Forwarded-Host</c> or <c>Forwarded</c> the request names, so no request can make the document point anywhere
/// else (a poisoned cache, a client sent to another host for its keys or its sign-in). Services inside the platform read
/// the document from identity-api directly (<c>Identity:Url</c>) and fetch the keys there too: their JwtBearer maps the
/// issuer's addresses onto <c>Identity:Url</c> (ServiceDefaults' <c>AuthorityDocumentRetriever</c>).
/// </summary>
internal sealed class IssuerBasedDiscovery(IOptions<TokenIssuerOptions> issuer) : IOpenIddictServerHandler<HandleConfigurationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<HandleConfigurationRequestContext>()
        .UseSingletonHandler<IssuerBasedDiscovery>()
        .SetOrder(OpenIddictServerHandlers.Discovery.AttachEndpoints.Descriptor.Order - 500)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(HandleConfigurationRequestContext context)
    {
        var origin = new Uri(issuer.Value.Issuer.TrimEnd('/') + "/");
        context.AuthorizationEndpoint = Resolve(origin, context.Options.AuthorizationEndpointUris);
        context.TokenEndpoint = Resolve(origin, context.Options.TokenEndpointUris);
        context.JsonWebKeySetEndpoint = Resolve(origin, context.Options.JsonWebKeySetEndpointUris);
        return ValueTask.CompletedTask;
    }

    private static Uri? Resolve(Uri origin, IReadOnlyList<Uri> endpoints) =>
        endpoints.Count == 0 ? null : new Uri(origin, endpoints[0].OriginalString.TrimStart('/'));
}
