using System.Text.Json;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace AiVideo.Identity.Api.TokenServer;

/// <summary>
/// Maps a JSON route's body onto a token request: <c>/api/auth/refresh</c> with a refresh token is the
/// <c>refresh_token</c> grant (so the token server checks, rotates and, on reuse, revokes it); every other such request
/// is the first-party grant, whose credentials the route's use case checks. The body stays readable for the route.
/// </summary>
public sealed class FirstPartyRequestReader : IOpenIddictServerHandler<ExtractTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ExtractTokenRequestContext>()
        .UseSingletonHandler<FirstPartyRequestReader>()
        .SetOrder(OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreHandlers.ExtractPostRequest<ExtractTokenRequestContext>.Descriptor.Order - 500)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public async ValueTask HandleAsync(ExtractTokenRequestContext context)
    {
        if (!context.Transaction.Properties.ContainsKey(FirstPartyRoutes.TransactionProperty)
            || context.Transaction.GetHttpRequest() is not { } request)
        {
            return;
        }
        var refreshToken = request.Path.Equals(FirstPartyRoutes.Refresh, StringComparison.OrdinalIgnoreCase)
            ? await ReadRefreshTokenAsync(request, context.CancellationToken)
            : null;
        context.Transaction.Request = refreshToken is { Length: > 0 }
            ? new OpenIddictRequest { GrantType = OpenIddictConstants.GrantTypes.RefreshToken, RefreshToken = refreshToken }
            : new OpenIddictRequest { GrantType = FirstPartyRoutes.Grant };
    }

    /// <summary>The body's <c>refreshToken</c>, or null when the body has none or is not JSON (the route then says what is wrong).</summary>
    private static async Task<string?> ReadRefreshTokenAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return body.RootElement.ValueKind != JsonValueKind.Object
                ? null
                : body.RootElement.EnumerateObject()
                    .Where(property => property.NameEquals("refreshToken") || property.Name.Equals("refreshToken", StringComparison.OrdinalIgnoreCase))
                    .Select(property => property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null)
                    .FirstOrDefault();
        }
        catch (JsonException)
        {
            return null;
        }
        finally
        {
            request.Body.Position = 0;
        }
    }
}
