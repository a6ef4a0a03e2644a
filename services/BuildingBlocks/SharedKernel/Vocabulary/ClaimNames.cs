namespace AiVideo.SharedKernel.Vocabulary;

/// <summary>The claims of the access tokens identity-api issues, as every service reads them (JWT names, not mapped).</summary>
public static class ClaimNames
{
    public const string Subject = "sub";
    public const string Email = "email";
    public const string Name = "name";
    public const string CompanyId = "company_id";
    public const string Role = "role";
    public const string Scope = "scope";
    public const string ClientId = "client_id";
    public const string TokenId = "jti";
    public const string SessionId = "sid";
    public const string ApiKeyId = "api_key_id";
}
