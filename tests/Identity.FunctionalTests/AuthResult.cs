namespace AiVideo.Identity.FunctionalTests;

public sealed record UserResult(Guid Id, string Email, string Name, Guid? CompanyId, string? Role);

/// <summary>The body of register, login, refresh and invitation acceptance.</summary>
public sealed record AuthResult(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType, UserResult User);
