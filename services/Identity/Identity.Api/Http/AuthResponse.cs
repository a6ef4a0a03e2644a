namespace AiVideo.Identity.Api.Http;

/// <summary>What register, login, refresh and invitation acceptance answer (camelCase JSON).</summary>
public sealed record AuthResponse(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType, UserView User)
{
    public static AuthResponse From(SessionTokens tokens) =>
        new(tokens.AccessToken.Value, tokens.RefreshToken, tokens.AccessToken.ExpiresIn, "Bearer", tokens.User);
}
