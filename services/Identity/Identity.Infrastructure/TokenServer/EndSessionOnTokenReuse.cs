using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace AiVideo.Identity.Infrastructure.TokenServer;

/// <summary>
/// A refresh token or authorization code presented again ends its whole session: OpenIddict revokes the tokens issued so
/// far and refuses the request; this also revokes the session (the authorization), so a token issued to the other holder
/// afterwards, or still being issued, is dead as well.
/// </summary>
internal sealed class EndSessionOnTokenReuse(IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations)
    : IOpenIddictServerHandler<ValidateTokenContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
        .AddFilter<OpenIddictServerHandlerFilters.RequireTokenIdResolved>()
        .UseScopedHandler<EndSessionOnTokenReuse>()
        .SetOrder(OpenIddictServerHandlers.Protection.ValidateTokenEntry.Descriptor.Order - 1)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public async ValueTask HandleAsync(ValidateTokenContext context)
    {
        if (context.Principal is null || !context.Principal.HasTokenType(TokenTypeIdentifiers.RefreshToken) && !context.Principal.HasTokenType(TokenTypeIdentifiers.Private.AuthorizationCode)
            || string.IsNullOrEmpty(context.AuthorizationId) || string.IsNullOrEmpty(context.TokenId))
        {
            return;
        }
        var token = await tokens.FindByIdAsync(context.TokenId, context.CancellationToken);
        if (token is null || !await tokens.HasStatusAsync(token, Statuses.Redeemed, context.CancellationToken))
        {
            return;
        }
        if (await authorizations.FindByIdAsync(context.AuthorizationId, context.CancellationToken) is { } authorization)
        {
            await authorizations.TryRevokeAsync(authorization, context.CancellationToken);
        }
    }
}
