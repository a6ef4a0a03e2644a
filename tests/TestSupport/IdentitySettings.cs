using System.Security.Cryptography;

namespace AiVideo.Testing;

/// <summary>identity-api's settings as AppHost or Kubernetes would give them: issuer, key-encryption key, service clients.</summary>
public static class IdentitySettings
{
    public const string Issuer = "https://aivideo.test";
    public const string Audience = "aivideo";
    public const string GatewaySecret = "gateway-secret-for-the-tests-0123456789";
    public const string MediaSecret = "media-secret-for-the-tests-0123456789";
    public const string GenerationSecret = "generation-secret-for-the-tests-0123456789";
    public const string OperatorSecret = "operator-secret-for-the-tests-0123456789";
    public const string ApiKeyGrant = "urn:aivideo:params:oauth:grant-type:api-key";

    public static Dictionary<string, string?> Create(string? encryptionKey = null) => new()
    {
        ["Identity:Issuer"] = Issuer,
        ["Identity:Audience"] = Audience,
        ["Identity:SigningKeys:EncryptionKey"] = encryptionKey ?? NewEncryptionKey(),
        ["Identity:SigningKeys:PublishBeforeUse"] = "00:00:00",
        // As AppHost gives them (AppHostStartup.Clients): the gateway only exchanges API keys, generation-api calls
        // media-api's internal routes. media-api stands in for "a service" in the tests (AppHost gives it no client);
        // the operator's client is the only one that may rotate signing keys.
        ["Identity:Clients:gateway:Secret"] = GatewaySecret,
        ["Identity:Clients:gateway:Grants:0"] = ApiKeyGrant,
        ["Identity:Clients:operator:Secret"] = OperatorSecret,
        ["Identity:Clients:operator:Grants:0"] = "client_credentials",
        ["Identity:Clients:operator:Scopes:0"] = "identity:signing-keys",
        ["Identity:Clients:media-api:Secret"] = MediaSecret,
        ["Identity:Clients:media-api:Grants:0"] = "client_credentials",
        ["Identity:Clients:media-api:Scopes:0"] = "internal",
        ["Identity:Clients:generation-api:Secret"] = GenerationSecret,
        ["Identity:Clients:generation-api:Grants:0"] = "client_credentials",
        ["Identity:Clients:generation-api:Scopes:0"] = "internal",
    };

    public static string NewEncryptionKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
