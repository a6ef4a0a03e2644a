namespace AiVideo.Identity.Application.Common;

/// <summary>The scopes of the tokens identity-api issues to people and services (API keys carry their own).</summary>
public static class TokenScopes
{
    /// <summary>A signed-in person: everything their role allows.</summary>
    public const string User = "aivideo";

    /// <summary>A service calling another service (client credentials).</summary>
    public const string Internal = "internal";
}
