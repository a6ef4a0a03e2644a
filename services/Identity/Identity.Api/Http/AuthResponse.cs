namespace AiVideo.Identity.Api.Http;

/// <summary>What register, login, refresh and invitation acceptance answer (camelCase JSON).</summary>
public sealed record AuthResponse(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType, UserView User);
