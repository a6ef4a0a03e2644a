using AiVideo.Identity.Infrastructure.Tokens;
using Microsoft.AspNetCore;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace AiVideo.Identity.Infrastructure.TokenServer;

/// <summary>
/// Builds the discovery document's addresses from configuration, never from a forwarded <c>Host</c>: a request that came
/// through a proxy (the gateway: it carries <c>X-Forwarded-*</c>) is given the configured issuer's addresses, whatever
/// host it names. Only a direct call inside the platform (a service reading discovery by <c>Identity:Url</c>, with no
/// forwarding headers) is given the addresses it called, so its JwtBearer fetches the keys from identity-api directly.
/// </summary>
internal sealed class IssuerBasedDiscovery(IOptions<TokenIssuerOptions> issuer) : IOpenIddictServerHandler<HandleConfigurationRequestContext>
{
    private static readonly string[] ForwardingHeaders = ["X-Forwarded-Host", "X-Original-Host", "X-Forwarded-For", "X-Original-For", "Forwarded"];

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<HandleConfigurationRequestContext>()
        .UseSingletonHandler<IssuerBasedDiscovery>()
        .SetOrder(OpenIddictServerHandlers.Discovery.AttachEndpoints.Descriptor.Order - 500)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(HandleConfigurationRequestContext context)
    {
        var request = context.Transaction.GetHttpRequest();
        var forwarded = request is null || ForwardingHeaders.Any(header => request.Headers.ContainsKey(header));
        var origin = forwarded || context.BaseUri is null ? new Uri(issuer.Value.Issuer.TrimEnd('/') + "/") : context.BaseUri;
        context.AuthorizationEndpoint = Resolve(origin, context.Options.AuthorizationEndpointUris);
        context.TokenEndpoint = Resolve(origin, context.Options.TokenEndpointUris);
        context.JsonWebKeySetEndpoint = Resolve(origin, context.Options.JsonWebKeySetEndpointUris);
        return ValueTask.CompletedTask;
    }

    private static Uri? Resolve(Uri origin, IReadOnlyList<Uri> endpoints) =>
        endpoints.Count == 0 ? null : new Uri(origin, endpoints[0].OriginalString.TrimStart('/'));
}
