using AiVideo.Identity.Infrastructure.Tokens;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace AiVideo.Identity.Infrastructure.TokenServer;

/// <summary>
/// The <c>iss</c> parameter sent back to a browser client with its code or error (RFC 9207, against mix-up attacks) is
/// the issuer exactly as configured, the one discovery names, since clients compare the two as strings.
/// </summary>
internal sealed class ExactIssuerInAuthorizationResponse(IOptions<TokenIssuerOptions> issuer) : IOpenIddictServerHandler<ApplyAuthorizationResponseContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyAuthorizationResponseContext>()
        .UseSingletonHandler<ExactIssuerInAuthorizationResponse>()
        .SetOrder(OpenIddictServerHandlers.Authentication.AttachIssuer.Descriptor.Order - 500)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(ApplyAuthorizationResponseContext context)
    {
        if (!string.IsNullOrEmpty(context.RedirectUri))
        {
            context.Response.Iss = issuer.Value.Issuer;
        }
        return ValueTask.CompletedTask;
    }
}
