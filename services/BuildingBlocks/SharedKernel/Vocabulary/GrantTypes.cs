namespace AiVideo.SharedKernel.Vocabulary;

/// <summary>The OAuth 2.0 grants <c>/connect/token</c> accepts.</summary>
public static class GrantTypes
{
    public const string Password = "password";
    public const string RefreshToken = "refresh_token";
    public const string ClientCredentials = "client_credentials";

    /// <summary>An extension grant (RFC 6749 §4.5): an API key in, a short-lived access token with the key's scopes out.</summary>
    public const string ApiKey = "urn:aivideo:params:oauth:grant-type:api-key";
}
