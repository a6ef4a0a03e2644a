namespace AiVideo.Identity.Application.ApiKeys;

/// <summary>A new key with its secret, the one time the secret is shown.</summary>
public sealed record CreatedApiKey(ApiKeyView Key, string Secret);
