using AiVideo.Identity.Infrastructure.Tokens;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace AiVideo.Identity.Infrastructure.TokenServer;

/// <summary>The discovery document names the issuer exactly as configured, as the tokens' <c>iss</c> does.</summary>
internal sealed class ExactIssuerInDiscovery(IOptions<TokenIssuerOptions> issuer) : IOpenIddictServerHandler<ApplyConfigurationResponseContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyConfigurationResponseContext>()
        .UseSingletonHandler<ExactIssuerInDiscovery>()
        .SetOrder(int.MinValue + 100_000)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(ApplyConfigurationResponseContext context)
    {
        if (string.IsNullOrEmpty(context.Response.Error))
        {
            context.Response[Metadata.Issuer] = issuer.Value.Issuer;
        }
        return ValueTask.CompletedTask;
    }
}
