using AiVideo.BuildingBlocks.Http;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace AiVideo.Identity.Api.TokenServer;

/// <summary>
/// Answers a JSON route's token request in the API's shape: the issued tokens as
/// <c>{ accessToken, refreshToken, expiresIn, tokenType, user }</c>, or the token server's refusal as problem+json
/// (a refresh token that is unknown, expired, ended or reused is a 401, as before).
/// </summary>
public sealed class FirstPartyResponseWriter : IOpenIddictServerHandler<ApplyTokenResponseContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyTokenResponseContext>()
        .UseSingletonHandler<FirstPartyResponseWriter>()
        .SetOrder(OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreHandlers.ProcessJsonResponse<ApplyTokenResponseContext>.Descriptor.Order - 500)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public async ValueTask HandleAsync(ApplyTokenResponseContext context)
    {
        if (!context.Transaction.Properties.ContainsKey(FirstPartyRoutes.TransactionProperty)
            || context.Transaction.GetHttpRequest()?.HttpContext is not { } http)
        {
            return;
        }
        http.Response.Headers.Remove("WWW-Authenticate");
        var response = context.Response;
        IResult answer;
        if (!string.IsNullOrEmpty(response.Error) || FirstPartySession.Of(http) is not { } session || response.AccessToken is null)
        {
            var error = response.Error is Errors.InvalidGrant or Errors.InvalidToken or null
                ? Error.Unauthorized(Errors.InvalidGrant, response.ErrorDescription ?? "The refresh token is not valid.")
                : Error.Validation("refreshToken", response.ErrorDescription ?? "The request is not valid.");
            answer = new ErrorResult(error);
        }
        else
        {
            var body = new AuthResponse(response.AccessToken, response.RefreshToken ?? "", (int)(response.ExpiresIn ?? 0), "Bearer", session.User);
            answer = session.StatusCode == StatusCodes.Status201Created
                ? TypedResults.Created("/api/auth/profile", body)
                : TypedResults.Ok(body);
        }
        await answer.ExecuteAsync(http);
        context.HandleRequest();
    }
}
